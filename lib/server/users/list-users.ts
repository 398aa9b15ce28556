import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { fail, ok, type Result } from "@/lib/server/errors";
import { userSummarySelect, type UserSummary } from "./user-summary";

/** Every user, for admins. */
export async function listUsers(actor: Actor): Promise<Result<UserSummary[]>> {
  if (actor.role !== "admin") return fail("forbidden", "Only admins can list users");
  const users = await db().user.findMany({ select: userSummarySelect, orderBy: [{ active: "desc" }, { name: "asc" }] });
  return ok(users);
}
