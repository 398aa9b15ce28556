"use client";

import { useState, useTransition } from "react";
import { deleteAnnotationAction } from "@/app/(app)/articles/[id]/actions";
import { reattachAnnotationAction } from "@/app/(app)/articles/[id]/revision-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { KIND_LABELS } from "@/lib/domain/annotation-kinds";
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

  function reattach() {
    if (!selection) return;
    setError(null);
    startTransition(async () => {
      try {
        const result = await reattachAnnotationAction({ id: annotation.id, version: annotation.version, revision, start: selection.start, end: selection.end });
        if (result.ok) onReattached(result.value);
        else setError(result.error.message);
      } catch {
        setError("The annotation could not be re-attached. Nothing was changed; try again.");
      }
    });
  }

  function remove() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await deleteAnnotationAction({ id: annotation.id, version: annotation.version });
        if (result.ok) onDeleted(annotation.id);
        else setError(result.error.message);
      } catch {
        setError("The annotation could not be deleted. Nothing was changed; try again.");
      }
      setConfirming(false);
    });
  }

  return (
    <li className="rounded-md border border-rose-200 bg-white p-3" data-testid="orphaned-annotation" data-annotation-id={annotation.id}>
      <p className="flex items-center justify-between gap-2">
        <span className="inline-flex items-center gap-1.5 font-semibold">
          <span aria-hidden className={`inline-block h-3 w-3 rounded-sm fd-hl-${annotation.kind}`} />
          {KIND_LABELS[annotation.kind]}
        </span>
        <StatusBadge status={annotation.status} />
      </p>
      <p className="mt-1.5 font-serif text-[0.95rem]" dir="auto">
        “{quote}”
      </p>
      <p className="mt-1 text-xs text-[var(--color-muted)]">
        By {annotation.author.name} · last placed on revision {annotation.revision}
      </p>
      {error && (
        <div className="mt-2">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      {(editable || deletable) && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {confirming ? (
            <>
              <span className="text-sm">Delete this annotation?</span>
              <Button size="sm" variant="danger" disabled={pending} onClick={remove}>
                Yes, delete
              </Button>
              <Button size="sm" onClick={() => setConfirming(false)}>
                Keep it
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
                  title={selection ? `Attach to “${selection.exact.slice(0, 60)}”` : "Select the text it belongs to in the article first"}
                  // Keep the article's selection when the button is pressed.
                  onMouseDown={(event) => event.preventDefault()}
                >
                  {pending ? "Re-attaching…" : "Re-attach to selection"}
                </Button>
              )}
              {deletable && (
                <Button size="sm" variant="danger" disabled={pending} onClick={() => setConfirming(true)}>
                  Delete
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
  if (annotations.length === 0) return null;
  return (
    <section aria-labelledby="orphaned-heading" data-testid="orphaned-panel" className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm">
      <h2 id="orphaned-heading" className="text-base font-semibold text-rose-900">
        Orphaned ({annotations.length})
      </h2>
      <p className="mt-1 text-xs text-rose-900">
        Their text changed too much to place them. Select the text each belongs to in the article, then re-attach it; or delete it.
        {selection ? ` Selected: “${selection.exact.length > 80 ? `${selection.exact.slice(0, 80)}…` : selection.exact}”` : ""}
      </p>
      <ul className="mt-3 space-y-2">
        {annotations.map((annotation) => (
          <OrphanItem key={annotation.id} annotation={annotation} {...rest} />
        ))}
      </ul>
    </section>
  );
}
