"use client";

import { useRouter } from "next/navigation";
import { forwardRef, useImperativeHandle, useRef, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";
import { approveAnnotationAction, rejectAnnotationAction, reopenAnnotationAction, requestChangesAction, submitAnnotationAction } from "@/app/(app)/review/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { allows, annotationFactsOf, can, canAttempt, type PolicyActor } from "@/lib/policy/policy";
import { nextStatus } from "@/lib/review/review-transitions";
import type { ActionResult } from "@/lib/dto/app-error";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";

export type ReviewControlsHandle = {
  approve(): void;
  ask(step: ReasonStep): void;
};

type ReasonStep = "reject" | "request_changes" | "reopen";

type Props = {
  annotation: AnnotationDto;
  currentUser: PolicyActor;
  onUpdated(annotation: AnnotationDto): void;
  /** After an approval, rejection or send-back (for the confirmation with Undo). */
  onDecided?(annotation: AnnotationDto): void;
};

/**
 * The review steps this person may take on this annotation: submit (its author), approve,
 * reject or send back (a reviewer who neither wrote nor last edited it), reopen. Each takes
 * effect without a page reload; a stale version explains who changed it and offers a reload.
 */
export const ReviewControls = forwardRef<ReviewControlsHandle, Props>(function ReviewControls({ annotation, currentUser, onUpdated, onDecided }, ref) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState<ReasonStep | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ message: string; stale: boolean; field?: string } | null>(null);
  // Why a shortcut did nothing (e.g. A on one's own work), said politely where the buttons are.
  const [notice, setNotice] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const t = useTranslations("review.controls");
  const refusals = useTranslations("refusals");
  const locale = useLocale();
  const errorText = useErrorText();

  const facts = annotationFactsOf(annotation);
  const may = {
    submit: allows(currentUser, "annotation.submit", facts) && nextStatus(annotation.status, "submit").ok,
    decide: nextStatus(annotation.status, "approve").ok,
    reopen: allows(currentUser, "annotation.reopen", facts) && nextStatus(annotation.status, "reopen").ok,
  };
  const decision = can(currentUser, "annotation.decide", facts);
  // An orphan's text is gone: there is nothing to approve until someone re-attaches it.
  const orphaned = annotation.anchorState === "orphaned";

  function run(action: () => Promise<ActionResult<AnnotationDto>>, decides = false) {
    setNotice(null);
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setError(null);
        setAsking(null);
        setReason("");
        onUpdated(result.value);
        if (decides) onDecided?.(result.value);
        return;
      }
      setError({ message: errorText(result.error), stale: result.error.code === "conflict" && "currentVersion" in (result.error.details ?? {}), field: result.error.fieldErrors?.reason });
    });
  }

  const version = annotation.version;
  /** Why A, R or S can't act on this annotation now (null: it can). */
  const decisionBlocked = (approving: boolean): string | null => {
    if (!may.decide) return t("notDecidable");
    if (!decision.ok) return locale === "en" ? decision.message : refusals(decision.code);
    if (approving && orphaned) return t("orphanedApproval");
    return null;
  };
  const approve = () => {
    const blocked = decisionBlocked(true);
    if (blocked) return setNotice(blocked);
    run(() => approveAnnotationAction({ id: annotation.id, version }), true);
  };
  const ask = (step: ReasonStep) => {
    const blocked = step === "reopen" ? (may.reopen ? null : t("cannotReopen")) : decisionBlocked(false);
    if (blocked) return setNotice(blocked);
    setAsking(step);
    setError(null);
    setTimeout(() => reasonRef.current?.focus(), 0);
  };
  useImperativeHandle(ref, () => ({ approve, ask }));

  function confirm() {
    if (!asking) return;
    const input = { id: annotation.id, version, reason };
    if (asking === "reject") run(() => rejectAnnotationAction(input), true);
    if (asking === "request_changes") run(() => requestChangesAction(input), true);
    if (asking === "reopen") run(() => reopenAnnotationAction(input));
  }

  // Deciding is a reviewer's work: others see no decision buttons (nor the four-eyes note).
  const showDecisions = may.decide && canAttempt(currentUser, "annotation.decide").ok;
  if (!may.submit && !showDecisions && !may.reopen) return null;

  return (
    <div className="space-y-2" data-testid="review-controls">
      {error && (
        <Alert tone="error">
          {error.message}
          {error.stale && (
            <button type="button" className="ms-2 underline" onClick={() => router.refresh()}>
              {t("reload")}
            </button>
          )}
        </Alert>
      )}
      <p role="status" className={notice ? "text-sm text-amber-900" : "sr-only"} data-testid="review-notice">
        {notice}
      </p>
      {asking ? (
        <form
          aria-label={t(`confirm.${asking}`)}
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === "Escape") setAsking(null);
          }}
        >
          <TextArea ref={reasonRef} label={t(`reason.${asking}`)} dir="auto" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={error?.field} />
          <div className="flex gap-2">
            <Button type="submit" variant={asking === "reject" ? "danger" : "primary"} size="sm" disabled={pending}>
              {t(`confirm.${asking}`)}
            </Button>
            <Button size="sm" onClick={() => setAsking(null)} disabled={pending}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          {may.submit && (
            <Button size="sm" variant="primary" disabled={pending} onClick={() => run(() => submitAnnotationAction({ id: annotation.id, version }))}>
              {t("submit")}
            </Button>
          )}
          {showDecisions && decision.ok && (
            <>
              <Button size="sm" variant="primary" disabled={pending || orphaned} onClick={approve} title={orphaned ? t("orphanedApproval") : t("approveTitle")}>
                {t("approve")} <kbd className="text-xs opacity-75">A</kbd>
              </Button>
              <Button size="sm" variant="danger" disabled={pending} onClick={() => ask("reject")} title={t("rejectTitle")}>
                {t("reject")} <kbd className="text-xs opacity-75">R</kbd>
              </Button>
              <Button size="sm" disabled={pending} onClick={() => ask("request_changes")} title={t("sendBackTitle")}>
                {t("sendBack")} <kbd className="text-xs opacity-75">S</kbd>
              </Button>
            </>
          )}
          {showDecisions && !decision.ok && !notice && <p className="text-xs text-[var(--color-muted)]">{locale === "en" ? decision.message : refusals(decision.code)}</p>}
          {showDecisions && decision.ok && orphaned && (
            <p className="w-full text-xs text-rose-700" data-testid="approve-blocked">
              {t("orphanedApproval")}
            </p>
          )}
          {may.reopen && (
            <Button size="sm" disabled={pending} onClick={() => ask("reopen")}>
              {t("reopen")}
            </Button>
          )}
        </div>
      )}
    </div>
  );
});
