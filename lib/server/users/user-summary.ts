import type { Prisma } from "@/lib/server/db/generated/client";

export const userSummarySelect = { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, createdAt: true } as const satisfies Prisma.UserSelect;

/** A user as admin screens and `/api/users` show them (never the password hash). */
export type UserSummary = Prisma.UserGetPayload<{ select: typeof userSummarySelect }>;
