"use client";

import { useState, useTransition } from "react";
import { updateUserAction } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/domain/roles";

type Row = { id: string; name: string; email: string; role: Role; active: boolean; mustChangePassword: boolean };

export function UserTable({ users, currentUserId }: { users: Row[]; currentUserId: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function change(id: string, changes: { role?: Role; active?: boolean }) {
    startTransition(async () => {
      const result = await updateUserAction({ id, changes });
      setError(result.ok ? null : result.error.message);
    });
  }

  return (
    <section aria-label="Users">
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
            {users.map((user) => {
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
                      onChange={(event) => change(user.id, { role: event.target.value as Role })}
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
                        <Button size="sm" variant="danger" disabled={pending} onClick={() => change(user.id, { active: false })}>
                          Deactivate<span className="sr-only"> {user.name}</span>
                        </Button>
                      ) : (
                        <Button size="sm" disabled={pending} onClick={() => change(user.id, { active: true })}>
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
