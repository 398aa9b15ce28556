"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";
import { assignArticleAction } from "@/app/(app)/articles/[id]/assignment-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ASSIGNABLE_ROLES, ASSIGNMENT_ROLES, DESK_STATUSES, type AssignmentRole, type DeskStatus } from "@/lib/domain/desk-statuses";
import type { AssigneeDto } from "@/lib/dto/article-dto";
import type { AssignableUser } from "@/lib/server/users/list-assignable-users";

type Props = {
  articleId: string;
  assignees: AssigneeDto[];
  dueAt: string | null;
  deskStatus: DeskStatus;
  users: AssignableUser[];
};

/** The Assign button and its modal dialog: assignees by role, due date and desk status. */
export function AssignDialog({ articleId, assignees, dueAt, deskStatus, users }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const [chosen, setChosen] = useState(() => new Set(assignees.map((a) => `${a.role}:${a.userId}`)));
  const [due, setDue] = useState(dueAt ? dueAt.slice(0, 10) : "");
  const [status, setStatus] = useState<DeskStatus>(deskStatus);
  const [error, setError] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();
  const t = useTranslations("assignments.dialog");
  const roles = useTranslations("roles");
  const statuses = useTranslations("deskStatuses");
  const errorText = useErrorText();

  function open() {
    setChosen(new Set(assignees.map((a) => `${a.role}:${a.userId}`)));
    setDue(dueAt ? dueAt.slice(0, 10) : "");
    setStatus(deskStatus);
    setError(null);
    dialog.current?.showModal();
  }

  function toggle(key: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  function save(event: React.FormEvent) {
    event.preventDefault();
    const list = [...chosen].map((key) => {
      const [role, userId] = key.split(":") as [AssignmentRole, string];
      return { userId, role };
    });
    startSaving(async () => {
      const result = await assignArticleAction({ articleId, assignees: list, dueAt: due || null, deskStatus: status });
      if (!result.ok) return setError(errorText(result.error));
      dialog.current?.close();
      router.refresh();
    });
  }

  return (
    <>
      <Button onClick={open} size="sm">
        {t("open")}
      </Button>
      <dialog ref={dialog} aria-labelledby={`assign-title-${articleId}`} className="m-auto w-full max-w-lg rounded-lg border border-[var(--color-line)] p-0 shadow-xl backdrop:bg-black/30">
        <form onSubmit={save} className="space-y-4 p-5">
          <h2 id={`assign-title-${articleId}`} className="text-lg font-semibold">
            {t("title")}
          </h2>
          {ASSIGNMENT_ROLES.map((role) => (
            <fieldset key={role} className="space-y-1">
              <legend className="text-sm font-medium">{t(`legend.${role}`)}</legend>
              <div className="grid max-h-40 grid-cols-2 gap-1 overflow-y-auto">
                {users
                  .filter((user) => ASSIGNABLE_ROLES[role].includes(user.role))
                  .map((user) => {
                    const key = `${role}:${user.id}`;
                    return (
                      <label key={key} className="inline-flex items-center gap-2 text-sm">
                        <input type="checkbox" checked={chosen.has(key)} onChange={(e) => toggle(key, e.target.checked)} className="h-4 w-4" />
                        <span dir="auto">{user.name}</span> <span className="text-xs text-[var(--color-muted)]">({roles(user.role)})</span>
                      </label>
                    );
                  })}
              </div>
            </fieldset>
          ))}
          <TextField label={t("due")} type="date" name="dueAt" value={due} onChange={(e) => setDue(e.target.value)} hint={t("dueHint")} />
          <SelectField
            label={t("status")}
            name="deskStatus"
            value={status}
            onChange={(e) => setStatus(e.target.value as DeskStatus)}
            options={DESK_STATUSES.map((value) => ({ value, label: statuses(value) }))}
          />
          {error && <Alert tone="error">{error}</Alert>}
          <div className="flex justify-end gap-2">
            <Button onClick={() => dialog.current?.close()}>{t("cancel")}</Button>
            <Button type="submit" variant="primary" disabled={saving}>
              {saving ? t("saving") : t("save")}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
