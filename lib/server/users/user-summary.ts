import type { Role } from "@/lib/domain/roles";

/** A user as admin screens and `/api/users` show them (never the password hash). */
export type UserSummary = {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
};

export const userSummarySelect = { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, createdAt: true } as const;
