"use client";

import { useState, useTransition } from "react";
import { updateUserAction } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ROLES, type Role } from "@/lib/domain/roles";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";

type Row = { id: string; name: string; email: string; role: Role; active: boolean; mustChangePassword: boolean };

/**
 * The rows in the order they first had on this page: a change (deactivating moves a person below
 * the active ones on the server) never moves a row from under the pointer; new people go last.
 */
function inFirstOrder(users: Row[], firstOrder: readonly string[]): Row[] {
  const rank = new Map(firstOrder.map((id, index) => [id, index]));
  return [...users].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
}

export function UserTable({ users, currentUserId }: { users: Row[]; currentUserId: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("admin.users");
  const roles = useTranslations("roles");
  const errorText = useErrorText();
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Row | null>(null);
  const [firstOrder] = useState(() => users.map((user) => user.id));
  // Rows changed here stay shown even when the refreshed page no longer holds them (a deactivated
  // person sorts after every active one on the server, so on a large desk off the first page).
  const [changedRows, setChangedRows] = useState<ReadonlyMap<string, Row>>(new Map());
  const shown = [...users.map((user) => changedRows.get(user.id) ?? user), ...[...changedRows.values()].filter((row) => !users.some((user) => user.id === row.id))];

  function change(user: Row, changes: { role?: Role; active?: boolean }) {
    startTransition(async () => {
      const result = await updateUserAction({ id: user.id, changes });
      setError(result.ok ? null : errorText(result.error));
      setConfirming(null);
      if (!result.ok) return setNotice(null);
      const { id, name, email, role, active, mustChangePassword } = result.value;
      setChangedRows((rows) => new Map(rows).set(id, { id, name, email, role, active, mustChangePassword }));
      if (changes.active === false) setNotice(t("deactivatedNotice", { name: user.name }));
      else if (changes.active === true) setNotice(t("reactivatedNotice", { name: user.name }));
      else if (changes.role) setNotice(t("roleNotice", { name: user.name, role: roles(changes.role).toLocaleLowerCase() }));
    });
  }

  return (
    <section aria-label={t("label")} className="min-w-0">
      {error && (
        <div className="mb-3">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      <div className="mb-3">{notice && <Alert tone="success">{notice}</Alert>}</div>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? t("confirmTitle", { name: confirming.name }) : ""}
        confirmLabel={t("deactivate")}
        pending={pending}
        onConfirm={() => confirming && change(confirming, { active: false })}
        onCancel={() => setConfirming(null)}
      >
        <p>{t("confirmBody")}</p>
      </ConfirmDialog>
      <div className="relative overflow-x-auto rounded-lg border border-[var(--color-line)] bg-white">
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
            {inFirstOrder(shown, firstOrder).map((user) => {
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
                      onChange={(event) => change(user, { role: event.target.value as Role })}
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
                        <Button size="sm" variant="danger" disabled={pending} onClick={() => setConfirming(user)}>
                          {t("deactivate")}
                          <span className="sr-only"> {user.name}</span>
                        </Button>
                      ) : (
                        <Button size="sm" disabled={pending} onClick={() => change(user, { active: true })}>
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
