"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/dto/app-error";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { AnnotationForm } from "./annotation-form";
import type { FieldValues } from "./kind-fields";

type Props = {
  annotation: AnnotationDto;
  onUpdate(patch: Omit<AnnotationContent, "kind"> & { correctionNote?: string }, reusedFromId?: string): Promise<ActionResult<AnnotationDto>>;
  onDelete(): Promise<ActionResult<null>>;
  onUpdated(annotation: AnnotationDto): void;
  onDeleted(): void;
};

/** Edit and delete, for the annotation's author. A stale edit explains who changed it. */
export function OwnAnnotationActions({ annotation, onUpdate, onDelete, onUpdated, onDeleted }: Props) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const t = useTranslations("annotation.own");
  const errorText = useErrorText();

  if (editing) {
    return (
      <AnnotationForm
        kind={annotation.kind}
        exact={annotation.exact}
        initial={{ fields: annotation.fields as FieldValues, note: annotation.note, evidence: annotation.evidence }}
        submitLabel={t("saveChanges")}
        onCancel={() => setEditing(false)}
        articleId={annotation.articleId}
        annotationId={annotation.id}
        published={annotation.status === "approved"}
        onSubmit={async (content, extras) => {
          const result = await onUpdate({ fields: content.fields, note: content.note, evidence: content.evidence, correctionNote: extras.correctionNote }, extras.reusedFromId);
          if (!result.ok) return result;
          onUpdated(result.value);
          setEditing(false);
          return { ok: true };
        }}
      />
    );
  }

  return (
    <div className="space-y-2">
      {error && <Alert tone="error">{error}</Alert>}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">{t("confirmDelete")}</span>
          <Button
            size="sm"
            variant="danger"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await onDelete();
                if (result.ok) onDeleted();
                else setError(errorText(result.error));
                setConfirming(false);
              })
            }
          >
            {t("yesDelete")}
          </Button>
          <Button size="sm" onClick={() => setConfirming(false)}>
            {t("keep")}
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {annotation.status !== "rejected" && (
            <Button size="sm" onClick={() => setEditing(true)}>
              {t("edit")}
            </Button>
          )}
          <Button size="sm" variant="danger" onClick={() => setConfirming(true)}>
            {t("delete")}
          </Button>
        </div>
      )}
    </div>
  );
}
