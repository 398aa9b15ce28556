/** The review decisions a reviewer may take back for a few seconds after making them. */
export const UNDOABLE_STEPS = ["approve", "reject", "request_changes"] as const;
export type UndoableStep = (typeof UNDOABLE_STEPS)[number];

/** How long a decision stays undoable when the configuration says nothing else. */
export const DEFAULT_UNDO_SECONDS = 10;

/** What is known about the decision to take back and the annotation it was made on. */
export type UndoFacts = {
  actorId: string;
  /** The decision the person asks to take back. */
  decision: { id: string; actorId: string; action: string; createdAt: Date };
  /** The annotation as stored now. */
  annotation: { version: number; lastDecisionId: string | null };
  /** The version the person saw right after their decision. */
  version: number;
  /** Whether someone commented on the annotation after the decision. */
  laterComments: boolean;
  now: Date;
  windowSeconds: number;
};

export type UndoRefusalCode = "not_yours" | "not_undoable" | "too_late" | "changed_since";

export type UndoCheck = { ok: true } | { ok: false; code: UndoRefusalCode; message: string };

const isUndoable = (action: string): action is UndoableStep => (UNDOABLE_STEPS as readonly string[]).includes(action);

/**
 * Whether a reviewer may take back their last decision: their own, an approval, rejection or send-back,
 * still the annotation's latest step (same version, no comment since) and within the undo window.
 * Refusals say why in words the reviewer can act on.
 */
export function checkUndo(facts: UndoFacts): UndoCheck {
  const { decision, annotation } = facts;
  if (decision.actorId !== facts.actorId) return { ok: false, code: "not_yours", message: "Only the reviewer who made a decision can undo it." };
  if (!isUndoable(decision.action)) return { ok: false, code: "not_undoable", message: "Only an approval, a rejection or a send-back can be undone." };
  const elapsedMs = facts.now.getTime() - decision.createdAt.getTime();
  if (elapsedMs > facts.windowSeconds * 1000) {
    return { ok: false, code: "too_late", message: `It is too late to undo this decision (undo works for ${facts.windowSeconds} seconds). Reopen the annotation instead.` };
  }
  if (annotation.lastDecisionId !== decision.id || annotation.version !== facts.version || facts.laterComments) {
    return { ok: false, code: "changed_since", message: "The annotation has changed since your decision, so it can't be undone. Reload to see the latest." };
  }
  return { ok: true };
}
