import "server-only";
import type { PolicyActor } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";

/** The policy's view of an actor who reached a use case: the session checks let only active users with their own password through. */
export function toPolicyActor(actor: Actor): PolicyActor {
  return { id: actor.id, role: actor.role, active: true, mustChangePassword: false };
}
