"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { correctClaimAction } from "@/app/(app)/articles/[id]/correction-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea } from "@/components/ui/field";
import { VERDICT_LABELS, VERDICTS, type Verdict } from "@/lib/domain/verdicts";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";

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

  if (!open) {
    return (
      <Button size="sm" onClick={() => setOpen(true)}>
        Correct published verdict
      </Button>
    );
  }
  return (
    <form
      aria-label="Correct the published verdict"
      className="space-y-2 rounded-md border border-[var(--color-line)] p-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!note.trim()) {
          setErrors({ note: "Write a correction note: readers will see why the verdict changed" });
          return;
        }
        startTransition(async () => {
          const result = await correctClaimAction({ id: annotation.id, version: annotation.version, verdict, rationale, note });
          if (!result.ok) {
            setErrors(result.error.fieldErrors ?? {});
            setMessage(result.error.message);
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
        label="Verdict"
        value={verdict}
        onChange={(e) => setVerdict(e.target.value as Verdict)}
        options={VERDICTS.map((value) => ({ value, label: VERDICT_LABELS[value] }))}
        error={errors.verdict}
      />
      <TextArea label="Rationale" rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} error={errors.rationale} />
      <TextArea
        label="Correction note (public)"
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
        hint="Why the verdict changed; shown in the corrections log, the report and ClaimReview."
      />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : "Publish correction"}
        </Button>
        <Button onClick={() => setOpen(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
