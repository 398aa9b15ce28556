import "server-only";
import { db } from "@/lib/server/db/prisma";

/**
 * The newest committed stream position, read by a page BEFORE it loads its data: its live stream
 * then starts after it, so a change committed while the page rendered is replayed, never lost.
 */
export async function readStreamPosition(): Promise<string> {
  const [row] = await db().$queryRaw<{ head: string | null }[]>`SELECT max("id")::text AS "head" FROM "AuditEvent"`;
  return row?.head ?? "0";
}
