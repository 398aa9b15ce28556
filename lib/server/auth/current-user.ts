import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/domain/roles";
import { db } from "@/lib/server/db/prisma";
import type { Actor } from "./actor";
import { auth } from "./next-auth";

export type CurrentUser = Actor & { mustChangePassword: boolean };

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
    select: { id: true, role: true, name: true, email: true, active: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email, mustChangePassword: user.mustChangePassword };
});

/** For pages: the signed-in user with one of `roles`, else a redirect to sign-in or a 403 page. */
export async function requirePageUser(roles?: readonly Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}
