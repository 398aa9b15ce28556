"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { AppError } from "@/lib/dto/app-error";
import { annotationContentSchema, type AnnotationContent, type EvidenceInput } from "@/lib/validations/annotation";
import { VALIDATION_MESSAGES } from "@/lib/validations/validation-messages";
import { zodFieldErrors } from "@/lib/validations/zod-errors";
import { SimilarClaimsPanel } from "@/components/claims/similar-claims-panel";
import type { ClaimMatchDto } from "@/lib/dto/claim-match-dto";
import { EvidenceEditor } from "./evidence-editor";
import { KindFields, type FieldValues } from "./kind-fields";

/** What the form adds to the content: the decided claim reused, the correction note of a published verdict. */
export type AnnotationFormExtras = { reusedFromId?: string; correctionNote?: string };

type Props = {
  kind: AnnotationKind;
  exact: string;
  initial?: { fields: FieldValues; note: string; evidence: EvidenceInput[] };
  submitLabel: string;
  onSubmit(content: AnnotationContent, extras: AnnotationFormExtras): Promise<{ ok: true } | { ok: false; error: AppError }>;
  onCancel(): void;
  /** The article (for claims: decided claims like this one are shown, other articles' first). */
  articleId?: string;
  /** The annotation edited (never its own match). */
  annotationId?: string;
  /** An approved claim: changing its verdict or rationale needs a correction note. */
  published?: boolean;
  /** Told whether the form holds input not yet saved (so closing it can ask first). */
  onDirtyChange?(dirty: boolean): void;
};

/**
 * Create or edit an annotation: the kind's fields, a note and evidence, checked with the shared
 * schema. For a claim, the decided claims it resembles are shown, and one can be reused (its
 * verdict, rationale and evidence copied in); a published claim's verdict change asks for a
 * correction note.
 */
export function AnnotationForm({ kind, exact, initial, submitLabel, onSubmit, onCancel, articleId, annotationId, published = false, onDirtyChange }: Props) {
  const [fields, setFields] = useState<FieldValues>(initial?.fields ?? {});
  const [note, setNote] = useState(initial?.note ?? "");
  const [evidence, setEvidence] = useState<EvidenceInput[]>(initial?.evidence ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [reused, setReused] = useState<ClaimMatchDto | null>(null);
  const [correctionNote, setCorrectionNote] = useState("");
  const verdictChanged = published && kind === "claim" && (fields.verdict !== initial?.fields.verdict || (fields.rationale ?? "") !== (initial?.fields.rationale ?? ""));
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const t = useTranslations("annotation.form");
  const kinds = useTranslations("kinds");
  const errorText = useErrorText();

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, [kind]);

  const dirty =
    JSON.stringify(cleanFields(fields)) !== JSON.stringify(cleanFields(initial?.fields ?? {})) ||
    note !== (initial?.note ?? "") ||
    JSON.stringify(evidence) !== JSON.stringify(initial?.evidence ?? []) ||
    reused !== null ||
    correctionNote !== "";
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  function submit() {
    const parsed = annotationContentSchema.safeParse({ kind, fields: cleanFields(fields), note, evidence });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      setMessage(t("checkFields"));
      return;
    }
    if (verdictChanged && !correctionNote.trim()) {
      setErrors({ correctionNote: VALIDATION_MESSAGES.correctionNoteRequired });
      setMessage(t("correctionNeeded"));
      return;
    }
    startTransition(async () => {
      const result = await onSubmit(parsed.data, { reusedFromId: reused?.annotationId, correctionNote: verdictChanged ? correctionNote.trim() : undefined });
      if (result.ok) return;
      setErrors(result.error.fieldErrors ?? {});
      setMessage(errorText(result.error));
      setStale(result.error.code === "conflict");
    });
  }

  return (
    <form
      ref={formRef}
      aria-label={`${submitLabel} ${kinds(kind)}`}
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        onCancel();
      }}
    >
      <blockquote className={`rounded-md px-3 py-2 font-serif text-sm fd-hl-${kind}`} data-testid="form-quote" dir="auto">
        {exact}
      </blockquote>
      {message && (
        <Alert tone="error">
          {message}
          {stale && (
            <button type="button" className="ms-2 underline" onClick={() => router.refresh()}>
              {t("reload")}
            </button>
          )}
        </Alert>
      )}
      {kind === "claim" && (
        <SimilarClaimsPanel
          text={exact}
          articleId={articleId}
          excludeAnnotationId={annotationId}
          reusedId={reused?.annotationId ?? null}
          onReuse={(match) => {
            setReused(match);
            setFields((current) => ({ ...current, verdict: match.verdict ?? "unverified", rationale: match.rationale }));
            setEvidence(match.evidence);
          }}
        />
      )}
      {reused && (
        <p className="text-xs text-emerald-800" role="status" data-testid="reused-notice">
          {t("reused", { title: reused.articleTitle })}
        </p>
      )}
      <KindFields kind={kind} values={fields} errors={errors} onChange={(name, value) => setFields((current) => ({ ...current, [name]: value }))} />
      <TextArea label={t("note")} dir="auto" rows={2} value={note} onChange={(e) => setNote(e.target.value)} error={errors.note} />
      <EvidenceEditor items={evidence} errors={errors} onChange={setEvidence} />
      {verdictChanged && (
        <TextArea label={t("correctionNote")} rows={2} value={correctionNote} onChange={(e) => setCorrectionNote(e.target.value)} error={errors.correctionNote} hint={t("correctionNoteHint")} />
      )}
      <div className="flex gap-2 pt-1">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t("saving") : submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={pending}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

/** Empty optional strings are left out so the schema's defaults apply. */
function cleanFields(fields: FieldValues): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== "" && value !== null && value !== undefined));
}
