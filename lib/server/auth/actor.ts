import type { PolicyActor } from "@/lib/policy/policy";

/**
 * The signed-in person a use case acts for; every data-layer function takes one. It carries what
 * the policy needs (role, active, one-time password) so use cases ask `can(actor, …)` directly.
 */
export type Actor = PolicyActor & { name: string; email: string; /** Their interface language, if they chose one (what the reports they open are written in). */ locale?: string | null };
