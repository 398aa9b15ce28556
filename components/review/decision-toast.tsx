"use client";

import { useEffect, useEffectEvent, useState, useTransition } from "react";
import { undoReviewDecisionAction } from "@/app/(app)/review/actions";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import { DEFAULT_UNDO_SECONDS } from "@/lib/review/undo-review-step";

type Props = {
  /** The annotation as the decision left it (null: nothing to confirm). */
  decided: AnnotationDto | null;
  /** The undo window the server keeps (`FACTDESK_UNDO_SECONDS`). */
  undoSeconds?: number;
  /** The annotation as the undo left it. */
  onRestored(annotation: AnnotationDto): void;
  onClose(): void;
};

/** How long a confirmation without an undo (or an undo's result) stays up. */
const MESSAGE_MS = 5_000;

type Translate = ReturnType<typeof useTranslations<"review.toast">>;

function confirmation(annotation: AnnotationDto, t: Translate): string {
  switch (annotation.lastDecision?.action) {
    case "approve":
      return t("approved");
    case "reject":
      return t("rejected");
    case "request_changes":
      return t("sentBack");
    default:
      return t("saved");
  }
}

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest("input, textarea, select, [role='dialog']") !== null);
}

/**
 * The confirmation after a review decision, in a polite live region that never takes focus (the
 * J/K flow goes on): what was decided, and Undo (button or U) for as long as the server allows it.
 * The server decides whether the undo is still safe; its answer is shown here.
 */
export function DecisionToast({ decided, undoSeconds = DEFAULT_UNDO_SECONDS, onRestored, onClose }: Props) {
  const [pending, startTransition] = useTransition();
  const t = useTranslations("review.toast");
  const statuses = useTranslations("reviewStatuses");
  const errorText = useErrorText();
  const [outcome, setOutcome] = useState<{ forId: string; message: string; failed: boolean } | null>(null);
  const [expiredFor, setExpiredFor] = useState<string | null>(null);
  const decisionId = decided?.lastDecision?.id ?? null;
  const shownOutcome = outcome && outcome.forId === decisionId ? outcome : null;
  const canUndo = decided !== null && decisionId !== null && undoSeconds > 0 && expiredFor !== decisionId && !shownOutcome;

  useEffect(() => {
    if (!decisionId) return;
    const expire = setTimeout(() => setExpiredFor(decisionId), undoSeconds * 1000);
    return () => clearTimeout(expire);
  }, [decisionId, undoSeconds]);

  const close = useEffectEvent(() => onClose());
  useEffect(() => {
    if (!decisionId || canUndo) return;
    const hide = setTimeout(() => close(), MESSAGE_MS);
    return () => clearTimeout(hide);
  }, [decisionId, canUndo]);

  function undo() {
    if (!decided || !decisionId || !canUndo || pending) return;
    startTransition(async () => {
      const result = await undoReviewDecisionAction({ id: decided.id, decisionId, version: decided.version });
      if (result.ok) {
        setOutcome({ forId: decisionId, message: t("undone", { status: statuses(result.value.status).toLocaleLowerCase() }), failed: false });
        onRestored(result.value);
      } else {
        setOutcome({ forId: decisionId, message: errorText(result.error), failed: true });
      }
    });
  }

  const onUndoKey = useEffectEvent((event: KeyboardEvent) => {
    if ((event.key.toLowerCase() !== "u" && event.code !== "KeyU") || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
    if (!canUndo) return;
    event.preventDefault();
    undo();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onUndoKey(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  return (
    <div role="status" aria-live="polite" className="fixed bottom-4 end-4 start-4 z-40 flex justify-end sm:start-auto" data-testid="decision-toast-region">
      {decided && decisionId && (
        <div
          className={`flex flex-wrap items-center gap-3 rounded-md border px-4 py-2 text-sm shadow-lg ${shownOutcome?.failed ? "border-rose-300 bg-rose-50 text-rose-900" : "border-gray-300 bg-white text-[var(--color-ink)]"}`}
          data-testid="decision-toast"
        >
          <span>{shownOutcome ? shownOutcome.message : confirmation(decided, t)}</span>
          {canUndo && (
            <Button size="sm" onClick={undo} disabled={pending} aria-keyshortcuts="U">
              {t("undo")} <kbd className="text-xs">U</kbd>
            </Button>
          )}
          <Button size="sm" variant="ghost" onClick={onClose} aria-label={t("dismiss")}>
            ×
          </Button>
        </div>
      )}
    </div>
  );
}
