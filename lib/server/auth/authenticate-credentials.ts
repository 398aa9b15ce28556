import "server-only";
import { z } from "zod";
import type { Role } from "@/lib/domain/roles";
import { db } from "@/lib/server/db/prisma";
import { verifyPassword } from "./password";
import { clearFailures, lockedMinutes, recordFailure, throttleKey } from "./sign-in-throttle";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter your e-mail address").max(320),
  password: z.string().min(1, "Enter your password").max(1024),
});

export type AuthenticatedUser = { id: string; role: Role; name: string; email: string; sessionVersion: number };

export type AuthenticationResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" | "throttled" | "deactivated"; minutes?: number };

/**
 * Checks an e-mail and password, throttled per account and per client address. Unknown e-mail
 * and wrong password answer alike; a deactivated account is told so only with the right password.
 */
export async function authenticateCredentials(input: unknown, clientAddress: string): Promise<AuthenticationResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const accountKey = throttleKey("account", email);
  const addressKey = throttleKey("address", clientAddress);
  const minutes = await lockedMinutes([accountKey, addressKey]);
  if (minutes !== null) return { ok: false, reason: "throttled", minutes };

  const user = await db().user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? null);
  if (!user || !valid) {
    await recordFailure("account", accountKey);
    await recordFailure("address", addressKey);
    return { ok: false, reason: "invalid" };
  }
  if (!user.active) return { ok: false, reason: "deactivated" };

  await clearFailures(accountKey);
  return { ok: true, user: { id: user.id, role: user.role, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}
