"use client";

import { useState, useTransition } from "react";
import { updateUserAction } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ROLES, type Role } from "@/lib/domain/roles";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";

type Row = { id: string; name: string; email: string; role: Role; active: boolean; mustChangePassword: boolean };

export function UserTable({ users, currentUserId }: { users: Row[]; currentUserId: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("admin.users");
  const roles = useTranslations("roles");
  const errorText = useErrorText();

  function change(id: string, changes: { role?: Role; active?: boolean }) {
    startTransition(async () => {
      const result = await updateUserAction({ id, changes });
      setError(result.ok ? null : errorText(result.error));
    });
  }

  return (
    <section aria-label={t("label")}>
      {error && (
        <div className="mb-3">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      <div className="overflow-x-auto rounded-lg border border-[var(--color-line)] bg-white">
        <table className="w-full text-start text-sm">
          <thead className="border-b border-[var(--color-line)] bg-gray-50 text-xs uppercase tracking-wide text-[var(--color-muted)]">
            <tr>
              <th scope="col" className="px-4 py-2">
                {t("name")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("email")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("role")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("status")}
              </th>
              <th scope="col" className="px-4 py-2">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => {
              const self = user.id === currentUserId;
              return (
                <tr key={user.id} className="border-b border-[var(--color-line)] last:border-0" data-testid={`user-row-${user.email}`}>
                  <td className="px-4 py-2 font-medium" dir="auto">
                    {user.name}
                  </td>
                  <td className="px-4 py-2">{user.email}</td>
                  <td className="px-4 py-2">
                    <label className="sr-only" htmlFor={`role-${user.id}`}>
                      {t("roleOf", { name: user.name })}
                    </label>
                    <select
                      id={`role-${user.id}`}
                      value={user.role}
                      disabled={pending || self}
                      onChange={(event) => change(user.id, { role: event.target.value as Role })}
                      className="rounded-md border border-[var(--color-line)] bg-white px-2 py-1"
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {roles(role)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="px-4 py-2">
                    {user.active ? <Badge className="border-emerald-300 text-emerald-800">{t("active")}</Badge> : <Badge className="text-[var(--color-muted)]">{t("deactivated")}</Badge>}
                    {user.mustChangePassword && user.active && <Badge className="ms-1">{t("invited")}</Badge>}
                  </td>
                  <td className="px-4 py-2 text-end">
                    {!self &&
                      (user.active ? (
                        <Button size="sm" variant="danger" disabled={pending} onClick={() => change(user.id, { active: false })}>
                          {t("deactivate")}
                          <span className="sr-only"> {user.name}</span>
                        </Button>
                      ) : (
                        <Button size="sm" disabled={pending} onClick={() => change(user.id, { active: true })}>
                          {t("reactivate")}
                          <span className="sr-only"> {user.name}</span>
                        </Button>
                      ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
