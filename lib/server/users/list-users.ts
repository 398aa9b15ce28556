import "server-only";
import { cursorShape, decodeCursor, toPage, type Page, type PageRequest } from "@/lib/paging/page-cursor";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import type { Prisma } from "@/lib/server/db/generated/client";
import { fail, ok, type Result } from "@/lib/server/errors";
import { userSummarySelect, type UserSummary } from "./user-summary";

/** Sort key of the user list: active first, then by name, then id. */
const USER_CURSOR = cursorShape("users", ["boolean", "string", "string"]);

/** Users after (active, name, id) in the list's order. */
function afterKeyWhere([active, name, id]: readonly [boolean, string, string]): Prisma.UserWhereInput {
  const sameActive: Prisma.UserWhereInput = { active, OR: [{ name: { gt: name } }, { name, id: { gt: id } }] };
  return active ? { OR: [sameActive, { active: false }] } : sameActive;
}

/** One page of the users, for admins: active first, then by name. */
export async function listUsers(actor: Actor, page: PageRequest): Promise<Result<Page<UserSummary>>> {
  const allowed = can(actor, "user.manage");
  if (!allowed.ok) return refusedBy(allowed);
  const after = page.cursor === null ? null : decodeCursor(USER_CURSOR, page.cursor);
  if (after && !after.ok) return fail("invalid", after.message, { fieldErrors: { cursor: after.message } });
  const rows = await db().user.findMany({
    where: after ? afterKeyWhere(after.value) : {},
    select: userSummarySelect,
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
    take: page.limit + 1,
  });
  return ok(
    toPage(
      rows,
      page.limit,
      USER_CURSOR,
      (row) => [row.active, row.name, row.id],
      (row) => row,
    ),
  );
}
