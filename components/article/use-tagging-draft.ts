"use client";

import { useRef, useState } from "react";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { TextSpan } from "./use-text-selection";

/** What the tagging form is open on: a span, its kind, and prefilled values (from a suggestion). */
export type TaggingDraft = TextSpan & { kind: AnnotationKind; initial?: { fields: Record<string, string | boolean>; note: string; evidence: [] } };

/** A step that would throw away typed input, waiting for the person to confirm it. */
export type PendingDiscard = { type: "replace"; next: TaggingDraft } | { type: "close" };

const sameTarget = (a: TaggingDraft, b: TaggingDraft) => a.start === b.start && a.end === b.end && a.kind === b.kind;

/**
 * The tagging form's draft, which never loses typed input silently: opening another selection or
 * closing the form while it holds unsaved input asks first (`pending`), and `confirm` or `keep`
 * answers. `onClosed` gets the span the form was on, to put the selection back.
 */
export function useTaggingDraft(onClosed: (span: TextSpan) => void) {
  const [draft, setDraft] = useState<TaggingDraft | null>(null);
  const [pending, setPending] = useState<PendingDiscard | null>(null);
  const dirty = useRef(false);

  const replace = (next: TaggingDraft | null) => {
    dirty.current = false;
    setPending(null);
    setDraft(next);
  };
  const close = () => {
    const span = draft;
    replace(null);
    if (span) onClosed(span);
  };

  return {
    draft,
    pending,
    /** Opens the form on `next`; asks first when the open form has unsaved input for something else. */
    open(next: TaggingDraft) {
      if (draft && sameTarget(draft, next) && !next.initial) return setPending(null);
      if (draft && dirty.current) return setPending({ type: "replace", next });
      replace(next);
    },
    /** Escape or Cancel: closes the form, asking first when it has unsaved input. */
    cancel() {
      if (draft && dirty.current) return setPending({ type: "close" });
      close();
    },
    /** The person agreed to discard the input. */
    confirm() {
      if (pending?.type === "replace") replace(pending.next);
      else if (pending?.type === "close") close();
    },
    /** The person kept their input. */
    keep: () => setPending(null),
    /** The form was saved. */
    saved: () => replace(null),
    setDirty(value: boolean) {
      dirty.current = value;
    },
  };
}
