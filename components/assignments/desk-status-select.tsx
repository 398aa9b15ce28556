"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";
import { setDeskStatusAction } from "@/app/(app)/articles/[id]/assignment-actions";
import { DESK_STATUSES, type DeskStatus } from "@/lib/domain/desk-statuses";

/** The desk status as a select that saves on change; a refusal (e.g. publishing too early) is shown beside it. */
export function DeskStatusSelect({ articleId, deskStatus }: { articleId: string; deskStatus: DeskStatus }) {
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(deskStatus);
  const [error, setError] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();
  const t = useTranslations("assignments");
  const statuses = useTranslations("deskStatuses");
  const errorText = useErrorText();

  function change(next: DeskStatus) {
    setValue(next);
    startSaving(async () => {
      const result = await setDeskStatusAction({ articleId, deskStatus: next });
      if (!result.ok) {
        setValue(deskStatus);
        return setError(errorText(result.error));
      }
      setError(null);
      router.refresh();
    });
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="text-sm text-[var(--color-muted)]">
        {t("deskStatus")}
      </label>
      <select
        id={id}
        value={value}
        disabled={saving}
        onChange={(e) => change(e.target.value as DeskStatus)}
        className="rounded-md border border-[var(--color-line)] bg-white px-2 py-1 text-sm"
        aria-describedby={error ? `desk-status-error-${articleId}` : undefined}
      >
        {DESK_STATUSES.map((status) => (
          <option key={status} value={status}>
            {statuses(status)}
          </option>
        ))}
      </select>
      {error && (
        <span id={`desk-status-error-${articleId}`} role="alert" className="text-xs font-medium text-rose-700">
          {error}
        </span>
      )}
    </span>
  );
}
