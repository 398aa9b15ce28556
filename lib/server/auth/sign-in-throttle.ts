import "server-only";
import { db } from "@/lib/server/db/prisma";

/**
 * Failed sign-in throttling (OWASP ASVS V2.2.1), per account and per client address, kept in
 * the database so every app instance shares it. After `maxFailures` failures within `windowMs`
 * the key is locked for `lockMs`; at most ~25 attempts an hour reach an account's password check.
 */
export const THROTTLE_RULES = {
  account: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  address: { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const;

type Scope = keyof typeof THROTTLE_RULES;

export function throttleKey(scope: Scope, value: string): string {
  return `${scope}:${value.trim().toLowerCase()}`;
}

/** Minutes until the first locked key unlocks, or null when none is locked. */
export async function lockedMinutes(keys: string[], now = new Date()): Promise<number | null> {
  const rows = await db().signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  if (rows.length === 0) return null;
  const until = Math.max(...rows.map((row) => row.lockedUntil!.getTime()));
  return Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
}

/** Counts one failure against the key, locking it once the window holds too many. */
export async function recordFailure(scope: Scope, key: string, now = new Date()): Promise<void> {
  const rule = THROTTLE_RULES[scope];
  const windowFloor = new Date(now.getTime() - rule.windowMs);
  // One atomic statement: restart the window when it has expired, else count up; lock at the limit.
  await db().$executeRaw`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "lockedUntil")
    VALUES (${key}, 1, ${now}, NULL)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" < ${windowFloor} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${windowFloor} THEN ${now} ELSE "SignInThrottle"."windowStart" END,
      "lockedUntil" = CASE
        WHEN "SignInThrottle"."windowStart" >= ${windowFloor} AND "SignInThrottle"."failures" + 1 >= ${rule.maxFailures}
        THEN ${new Date(now.getTime() + rule.lockMs)}
        ELSE "SignInThrottle"."lockedUntil" END`;
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearFailures(key: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}
