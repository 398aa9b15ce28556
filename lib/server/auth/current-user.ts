import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { canAttempt, type PolicyAction } from "@/lib/policy/policy";
import { databaseFaultError } from "@/lib/server/db/database-outage";
import { db } from "@/lib/server/db/prisma";
import type { Actor } from "./actor";
import { auth } from "./next-auth";

/** The signed-in user as pages and actions see them (an {@link Actor}), with their interface language (null: the browser's). */
export type CurrentUser = Actor & { locale?: string | null };

/**
 * The signed-in user, re-read from the database on every request: a deactivated account, or a
 * session older than the user's last role/password change, is treated as signed out at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, role: true, name: true, email: true, active: true, sessionVersion: true, mustChangePassword: true, locale: true },
  });
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email, active: user.active, mustChangePassword: user.mustChangePassword, locale: user.locale };
});

/**
 * For pages: the signed-in user, if the policy lets them attempt `action` (what the page is for);
 * else a redirect to sign-in, to /change-password for someone still on a one-time password, or
 * the 403 page; while the database is unreachable, to /reconnecting.
 */
export async function requirePageUser(action: PolicyAction): Promise<CurrentUser> {
  let user: CurrentUser | null;
  try {
    user = await getCurrentUser();
  } catch (error) {
    // The database is unreachable: a short "reconnecting" page that comes back here by itself
    // (logged once per outage, not as a crash on every page view).
    if (databaseFaultError(error, { page: true })?.fault !== "unavailable") throw error;
    const path = (await headers()).get("x-factdesk-path") ?? "/";
    redirect(`/reconnecting?next=${encodeURIComponent(path)}`);
  }
  if (!user) redirect("/sign-in");
  const decision = canAttempt(user, action);
  if (!decision.ok) {
    if (decision.code === "unauthenticated") redirect("/sign-in");
    if (decision.code === "password_change_required") redirect("/change-password");
    forbidden();
  }
  return user;
}
