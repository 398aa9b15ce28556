"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";
import { deleteAnnotationAction } from "@/app/(app)/articles/[id]/actions";
import { reattachAnnotationAction } from "@/app/(app)/articles/[id]/revision-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import { StatusBadge } from "./annotation-summary";

type Props = {
  /** The article's orphaned annotations. */
  annotations: AnnotationDto[];
  /** The text selected in the article (code points of the current revision), if any. */
  selection: { start: number; end: number; exact: string } | null;
  /** The revision the page shows (a newer one on the server refuses the re-attach). */
  revision: number;
  /** May re-attach (and, unless `canDelete` says otherwise, delete) this one. */
  canEdit(annotation: AnnotationDto): boolean;
  /** May delete this one (deleting is the author's, see deleteAnnotation); defaults to `canEdit`. */
  canDelete?(annotation: AnnotationDto): boolean;
  onReattached(annotation: AnnotationDto): void;
  onDeleted(id: string): void;
};

function OrphanItem({ annotation, selection, revision, canEdit, canDelete = canEdit, onReattached, onDeleted }: Omit<Props, "annotations"> & { annotation: AnnotationDto }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const quote = annotation.previousExact ?? annotation.exact;
  const editable = canEdit(annotation);
  const deletable = canDelete(annotation);
  const t = useTranslations("annotation.orphaned");
  const own = useTranslations("annotation.own");
  const kinds = useTranslations("kinds");
  const errorText = useErrorText();

  function reattach() {
    if (!selection) return;
    setError(null);
    startTransition(async () => {
      try {
        const result = await reattachAnnotationAction({ id: annotation.id, version: annotation.version, revision, start: selection.start, end: selection.end });
        if (result.ok) onReattached(result.value);
        else setError(errorText(result.error));
      } catch {
        setError(t("reattachFailed"));
      }
    });
  }

  function remove() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await deleteAnnotationAction({ id: annotation.id, version: annotation.version });
        if (result.ok) onDeleted(annotation.id);
        else setError(errorText(result.error));
      } catch {
        setError(t("deleteFailed"));
      }
      setConfirming(false);
    });
  }

  return (
    <li className="rounded-md border border-rose-200 bg-white p-3" data-testid="orphaned-annotation" data-annotation-id={annotation.id}>
      <p className="flex items-center justify-between gap-2">
        <span className="inline-flex items-center gap-1.5 font-semibold">
          <span aria-hidden className={`inline-block h-3 w-3 rounded-sm fd-hl-${annotation.kind}`} />
          {kinds(annotation.kind)}
        </span>
        <StatusBadge status={annotation.status} />
      </p>
      <p className="mt-1.5 font-serif text-[0.95rem]" dir="auto">
        “{quote}”
      </p>
      <p className="mt-1 text-xs text-[var(--color-muted)]">{t("byline", { name: annotation.author.name, revision: annotation.revision })}</p>
      {error && (
        <div className="mt-2">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      {(editable || deletable) && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {confirming ? (
            <>
              <span className="text-sm">{own("confirmDelete")}</span>
              <Button size="sm" variant="danger" disabled={pending} onClick={remove}>
                {own("yesDelete")}
              </Button>
              <Button size="sm" onClick={() => setConfirming(false)}>
                {own("keep")}
              </Button>
            </>
          ) : (
            <>
              {editable && (
                <Button
                  size="sm"
                  variant="primary"
                  disabled={!selection || pending}
                  onClick={reattach}
                  title={selection ? t("attachTo", { text: selection.exact.slice(0, 60) }) : t("selectFirst")}
                  // Keep the article's selection when the button is pressed.
                  onMouseDown={(event) => event.preventDefault()}
                >
                  {pending ? t("reattaching") : t("reattach")}
                </Button>
              )}
              {deletable && (
                <Button size="sm" variant="danger" disabled={pending} onClick={() => setConfirming(true)}>
                  {own("delete")}
                </Button>
              )}
            </>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * Annotations the latest revisions could not place: each with its old quote, to re-attach to
 * text selected in the article or to delete. Nothing is ever attached to a lookalike on its own.
 */
export function OrphanedPanel(props: Props) {
  const { annotations, ...rest } = props;
  const { selection } = rest;
  const t = useTranslations("annotation.orphaned");
  if (annotations.length === 0) return null;
  return (
    <section aria-labelledby="orphaned-heading" data-testid="orphaned-panel" className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm">
      <h2 id="orphaned-heading" className="text-base font-semibold text-rose-900">
        {t("heading", { count: annotations.length })}
      </h2>
      <p className="mt-1 text-xs text-rose-900">
        {t("intro")}
        {selection ? ` ${t("selected", { text: selection.exact.length > 80 ? `${selection.exact.slice(0, 80)}…` : selection.exact })}` : ""}
      </p>
      <ul className="mt-3 space-y-2">
        {annotations.map((annotation) => (
          <OrphanItem key={annotation.id} annotation={annotation} {...rest} />
        ))}
      </ul>
    </section>
  );
}
