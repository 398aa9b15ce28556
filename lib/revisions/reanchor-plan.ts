import { createCodePointIndex } from "../anchoring/code-points";
import { findOccurrences } from "../anchoring/occurrences";
import { reanchorAnnotations, type ReanchorOrphanReason, type ReanchorResult } from "../anchoring/reanchor";
import { describeSpan } from "../anchoring/selectors";
import type { AnchorState, ReviewStatus } from "../domain/review-statuses";
import { nextStatus } from "../review/review-transitions";

/** What a new revision did to one annotation. */
export type ReanchorOutcome = "unchanged" | "moved" | "changed" | "orphaned";

/** An annotation as stored before the new revision: its selectors count into its own revision's text. */
export type PlanAnnotation = {
  id: string;
  revisionId: string;
  status: ReviewStatus;
  anchorState: AnchorState;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  previousExact: string | null;
};

/** The span and states an audit row records before and after. */
export type SpanState = { start: number; end: number; exact: string; status: ReviewStatus; anchorState: AnchorState };

/** The new values of an annotation row. */
export type AnnotationUpdate = {
  /** Move the annotation to the new revision (false: an orphan stays on the revision its selectors fit). */
  toNewRevision: boolean;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorState: AnchorState;
  previousExact: string | null;
  status: ReviewStatus;
  /** Bump the optimistic-lock version (and record the actor): the text or state under it changed. */
  bumpVersion: boolean;
  /** Only the revision changes (same offsets and context): rows like this can be updated together. */
  revisionOnly: boolean;
};

/** The plan for one annotation. */
export type AnnotationPlan = {
  id: string;
  result: ReanchorOutcome;
  /** Was already orphaned and still can't be placed: nothing is written. */
  stillOrphaned: boolean;
  /** Was orphaned and its exact quote is back, once: placed again. */
  restored: boolean;
  /** Why it was orphaned (null otherwise). */
  reason: ReanchorOrphanReason | null;
  confidence: number;
  before: SpanState;
  after: SpanState;
  /** Null when the row stays as it is. */
  update: AnnotationUpdate | null;
  /** Gets its own `reanchor` audit row (everything but unchanged and still-orphaned ones). */
  audited: boolean;
};

/** Counts of a re-anchoring, as stored on the revision and shown to the editor. */
export type ReanchorSummary = {
  unchanged: number;
  moved: number;
  changed: number;
  /** Orphaned by this revision. */
  orphaned: number;
  /** Orphaned by an earlier revision and still orphaned. */
  stillOrphaned: number;
  /** Changed annotations that were approved and now need re-review. */
  needsRereview: number;
};

/** Result of {@link planReanchor}: one plan per annotation, in input order, and the counts. */
export type ReanchorPlan = { annotations: AnnotationPlan[]; summary: ReanchorSummary };

export const EMPTY_SUMMARY: ReanchorSummary = { unchanged: 0, moved: 0, changed: 0, orphaned: 0, stillOrphaned: 0, needsRereview: 0 };

const stateOf = (a: PlanAnnotation): SpanState => ({ start: a.start, end: a.end, exact: a.exact, status: a.status, anchorState: a.anchorState });

/** Plan for an annotation placed on the new text by the anchoring core. */
function placedPlan(annotation: PlanAnnotation, found: Exclude<ReanchorResult, { status: "orphaned" }>): AnnotationPlan {
  const { position, quote } = found.selectors;
  const before = stateOf(annotation);
  const span = { start: position.start, end: position.end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  if (found.status === "changed") {
    const status = statusAfterTextChange(annotation.status);
    const update: AnnotationUpdate = { toNewRevision: true, ...span, anchorState: "changed", previousExact: annotation.exact, status, bumpVersion: true, revisionOnly: false };
    return plan(annotation, "changed", before, update, found.confidence);
  }
  // Unchanged and moved annotations follow silently: same text, same review status, same version.
  const revisionOnly = found.status === "unchanged" && quote.prefix === annotation.prefix && quote.suffix === annotation.suffix;
  const update: AnnotationUpdate = {
    toNewRevision: true,
    ...span,
    anchorState: annotation.anchorState,
    previousExact: annotation.previousExact,
    status: annotation.status,
    bumpVersion: false,
    revisionOnly,
  };
  return plan(annotation, found.status, before, update, found.confidence);
}

function plan(annotation: PlanAnnotation, result: ReanchorOutcome, before: SpanState, update: AnnotationUpdate, confidence: number): AnnotationPlan {
  const after: SpanState = { start: update.start, end: update.end, exact: update.exact, status: update.status, anchorState: update.anchorState };
  return { id: annotation.id, result, stillOrphaned: false, restored: false, reason: null, confidence, before, after, update, audited: result !== "unchanged" };
}

/** The status after the text under an annotation changed, was lost or came back: an approval needs re-review. */
function statusAfterTextChange(status: ReviewStatus): ReviewStatus {
  const transition = nextStatus(status, "text_changed");
  return transition.ok ? transition.status : status;
}

/**
 * A newly orphaned annotation keeps its selectors (and their revision) and its old quote; its
 * review status goes through `text_changed` (an approval whose text is gone needs re-review).
 */
function orphanPlan(annotation: PlanAnnotation, reason: ReanchorOrphanReason, confidence: number): AnnotationPlan {
  const before = stateOf(annotation);
  const status = statusAfterTextChange(annotation.status);
  const update: AnnotationUpdate = {
    toNewRevision: false,
    start: annotation.start,
    end: annotation.end,
    exact: annotation.exact,
    prefix: annotation.prefix,
    suffix: annotation.suffix,
    anchorState: "orphaned",
    previousExact: annotation.exact,
    status,
    bumpVersion: true,
    revisionOnly: false,
  };
  return { id: annotation.id, result: "orphaned", stillOrphaned: false, restored: false, reason, confidence, before, after: { ...before, anchorState: "orphaned", status }, update, audited: true };
}

/**
 * An orphan stays orphaned unless its exact quote occurs exactly once in the new text: then it is
 * placed there again (nothing fuzzy, so it never lands on a lookalike).
 */
function orphanAgainPlan(annotation: PlanAnnotation, newText: string, index: () => ReturnType<typeof createCodePointIndex>): AnnotationPlan {
  const quote = annotation.exact;
  const hits = quote ? findOccurrences(newText, quote, 2) : [];
  const before = stateOf(annotation);
  if (hits.length !== 1) {
    return {
      id: annotation.id,
      result: "orphaned",
      stillOrphaned: true,
      restored: false,
      reason: hits.length > 1 ? "ambiguous" : "not-found",
      confidence: 0,
      before,
      after: before,
      update: null,
      audited: false,
    };
  }
  const cp = index();
  const start = cp.toCodePoint(hits[0]);
  const { position, quote: selector } = describeSpan(cp, start, cp.toCodePoint(hits[0] + quote.length));
  const update: AnnotationUpdate = {
    toNewRevision: true,
    start: position.start,
    end: position.end,
    exact: selector.exact,
    prefix: selector.prefix,
    suffix: selector.suffix,
    anchorState: "anchored",
    previousExact: null,
    // Placed again without anyone checking: a (legacy) approval still needs a fresh review.
    status: statusAfterTextChange(annotation.status),
    bumpVersion: true,
    revisionOnly: false,
  };
  return { ...plan(annotation, "moved", before, update, 1), restored: true };
}

/**
 * Plans what a new revision does to every annotation of an article: annotations are re-anchored
 * from the text of the revision they are anchored to (`oldTexts` by revision id) to `newText` with
 * the anchoring core. Pure: the caller writes the row updates and the audit rows.
 *
 * - unchanged / moved: the annotation follows; status, anchor state and version stay.
 * - changed: it follows; the old quote is kept in `previousExact`, the anchor state becomes
 *   `changed`, and the review status goes through `text_changed` (approved → needs re-review).
 * - orphaned: it keeps its old selectors and revision; `previousExact` holds its quote; the review
 *   status goes through `text_changed` (approved → needs re-review: a lost text is never published).
 *   An annotation already orphaned is only placed again if its quote is found exactly, once.
 */
export function planReanchor(input: { newText: string; oldTexts: ReadonlyMap<string, string>; annotations: readonly PlanAnnotation[] }): ReanchorPlan {
  const { newText, oldTexts, annotations } = input;
  const plans = new Map<string, AnnotationPlan>();
  let index: ReturnType<typeof createCodePointIndex> | undefined;
  const newIndex = () => (index ??= createCodePointIndex(newText));

  const byRevision = new Map<string, PlanAnnotation[]>();
  for (const annotation of annotations) {
    if (annotation.anchorState === "orphaned") {
      plans.set(annotation.id, orphanAgainPlan(annotation, newText, newIndex));
      continue;
    }
    const group = byRevision.get(annotation.revisionId) ?? [];
    group.push(annotation);
    byRevision.set(annotation.revisionId, group);
  }
  for (const [revisionId, group] of byRevision) {
    const anchors = group.map((a) => ({ position: { start: a.start, end: a.end }, quote: { exact: a.exact, prefix: a.prefix, suffix: a.suffix } }));
    const results = reanchorAnnotations(oldTexts.get(revisionId) ?? "", newText, anchors);
    group.forEach((annotation, i) => {
      const found = results[i];
      plans.set(annotation.id, found.status === "orphaned" ? orphanPlan(annotation, found.reason, found.confidence) : placedPlan(annotation, found));
    });
  }

  const ordered = annotations.map((a) => plans.get(a.id) as AnnotationPlan);
  return { annotations: ordered, summary: summarise(ordered) };
}

/** Counts plans by outcome. */
export function summarise(plans: readonly AnnotationPlan[]): ReanchorSummary {
  const summary = { ...EMPTY_SUMMARY };
  for (const p of plans) {
    if (p.stillOrphaned) summary.stillOrphaned += 1;
    else summary[p.result] += 1;
    if (p.result === "changed" && p.before.status !== "needs_rereview" && p.after.status === "needs_rereview") summary.needsRereview += 1;
  }
  return summary;
}
