"use client";

import { useState, useTransition } from "react";
import { updateUserAction } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/domain/roles";

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
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Row | null>(null);
  const [firstOrder] = useState(() => users.map((user) => user.id));

  function change(user: Row, changes: { role?: Role; active?: boolean }) {
    startTransition(async () => {
      const result = await updateUserAction({ id: user.id, changes });
      setError(result.ok ? null : result.error.message);
      setConfirming(null);
      if (!result.ok) return setNotice(null);
      if (changes.active === false) setNotice(`${user.name} is deactivated and can no longer sign in.`);
      else if (changes.active === true) setNotice(`${user.name} is active again.`);
      else if (changes.role) setNotice(`${user.name} is now ${ROLE_LABELS[changes.role].toLowerCase()}.`);
    });
  }

  return (
    <section aria-label="Users" className="min-w-0">
      {error && (
        <div className="mb-3">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      <div className="mb-3">{notice && <Alert tone="success">{notice}</Alert>}</div>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? `Deactivate ${confirming.name}?` : ""}
        confirmLabel="Deactivate"
        pending={pending}
        onConfirm={() => confirming && change(confirming, { active: false })}
        onCancel={() => setConfirming(null)}
      >
        <p>They will be signed out at their next request, and their API tokens stop working. Their work stays on the desk. You can reactivate them later.</p>
      </ConfirmDialog>
      <div className="relative overflow-x-auto rounded-lg border border-[var(--color-line)] bg-white">
        <table className="w-full text-start text-sm">
          <thead className="border-b border-[var(--color-line)] bg-gray-50 text-xs uppercase tracking-wide text-[var(--color-muted)]">
            <tr>
              <th scope="col" className="px-4 py-2">
                Name
              </th>
              <th scope="col" className="px-4 py-2">
                E-mail
              </th>
              <th scope="col" className="px-4 py-2">
                Role
              </th>
              <th scope="col" className="px-4 py-2">
                Status
              </th>
              <th scope="col" className="px-4 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {inFirstOrder(users, firstOrder).map((user) => {
              const self = user.id === currentUserId;
              return (
                <tr key={user.id} className="border-b border-[var(--color-line)] last:border-0" data-testid={`user-row-${user.email}`}>
                  <td className="px-4 py-2 font-medium">{user.name}</td>
                  <td className="px-4 py-2">{user.email}</td>
                  <td className="px-4 py-2">
                    <label className="sr-only" htmlFor={`role-${user.id}`}>
                      Role of {user.name}
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
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="px-4 py-2">
                    {user.active ? <Badge className="border-emerald-300 text-emerald-800">Active</Badge> : <Badge className="text-[var(--color-muted)]">Deactivated</Badge>}
                    {user.mustChangePassword && user.active && <Badge className="ms-1">Invited</Badge>}
                  </td>
                  <td className="px-4 py-2 text-end">
                    {!self &&
                      (user.active ? (
                        <Button size="sm" variant="danger" disabled={pending} onClick={() => setConfirming(user)}>
                          Deactivate<span className="sr-only"> {user.name}</span>
                        </Button>
                      ) : (
                        <Button size="sm" disabled={pending} onClick={() => change(user, { active: true })}>
                          Reactivate<span className="sr-only"> {user.name}</span>
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
