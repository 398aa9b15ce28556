"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { correctClaimAction } from "@/app/(app)/articles/[id]/correction-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import { SelectField, TextArea } from "@/components/ui/field";
import { VERDICTS, type Verdict } from "@/lib/domain/verdicts";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import { VALIDATION_MESSAGES } from "@/lib/validations/validation-messages";

/**
 * A reviewer's correction of a published claim: new verdict and/or rationale and the public note
 * (required). The claim stays published; the article's corrections log gets the entry.
 */
export function CorrectVerdictForm({ annotation, onCorrected }: { annotation: AnnotationDto; onCorrected(annotation: AnnotationDto): void }) {
  const fields = annotation.fields as { verdict: Verdict; rationale: string };
  const [open, setOpen] = useState(false);
  const [verdict, setVerdict] = useState<Verdict>(fields.verdict);
  const [rationale, setRationale] = useState(fields.rationale);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const t = useTranslations("corrections.form");
  const verdicts = useTranslations("verdicts");
  const errorText = useErrorText();

  if (!open) {
    return (
      <Button size="sm" onClick={() => setOpen(true)}>
        {t("open")}
      </Button>
    );
  }
  return (
    <form
      aria-label={t("label")}
      className="space-y-2 rounded-md border border-[var(--color-line)] p-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!note.trim()) {
          setErrors({ note: VALIDATION_MESSAGES.correctionNoteRequired });
          return;
        }
        startTransition(async () => {
          const result = await correctClaimAction({ id: annotation.id, version: annotation.version, verdict, rationale, note });
          if (!result.ok) {
            setErrors(result.error.fieldErrors ?? {});
            setMessage(errorText(result.error));
            return;
          }
          onCorrected(result.value);
          setOpen(false);
          router.refresh();
        });
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") setOpen(false);
      }}
    >
      {message && <Alert tone="error">{message}</Alert>}
      <SelectField
        label={t("verdict")}
        value={verdict}
        onChange={(e) => setVerdict(e.target.value as Verdict)}
        options={VERDICTS.map((value) => ({ value, label: verdicts(value) }))}
        error={errors.verdict}
      />
      <TextArea label={t("rationale")} rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} error={errors.rationale} />
      <TextArea label={t("note")} rows={2} value={note} onChange={(e) => setNote(e.target.value)} error={errors.note} hint={t("noteHint")} />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t("saving") : t("publish")}
        </Button>
        <Button onClick={() => setOpen(false)} disabled={pending}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
