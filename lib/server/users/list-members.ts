import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { ok, type Result } from "@/lib/server/errors";

/** A desk member as the mention autocomplete shows them: a name, never an e-mail. */
export type MemberDto = { id: string; name: string };

const MEMBER_LIMIT = 10;

/** Active desk members whose name contains `query` (names starting with it first), for mentions. */
export async function listMembers(actor: Actor, query: string): Promise<Result<MemberDto[]>> {
  const allowed = can(actor, "comment.add");
  if (!allowed.ok) return refusedBy(allowed);
  const rows = await db().user.findMany({
    where: { active: true, ...(query ? { name: { contains: query, mode: "insensitive" } } : {}) },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 50,
  });
  const lower = query.toLowerCase();
  const starts = (name: string) => (name.toLowerCase().startsWith(lower) ? 0 : 1);
  return ok([...rows].sort((a, b) => starts(a.name) - starts(b.name)).slice(0, MEMBER_LIMIT));
}
