import type { Role } from "@/lib/domain/roles";

/** The signed-in person a use case acts for; every data-layer function takes one. */
export type Actor = { id: string; role: Role; name: string; email: string };
