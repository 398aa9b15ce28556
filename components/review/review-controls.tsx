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
};

/**
 * The review steps this person may take on this annotation: submit (its author), approve,
 * reject or send back (a reviewer who neither wrote nor last edited it), reopen. Each takes
 * effect without a page reload; a stale version explains who changed it and offers a reload.
 */
export const ReviewControls = forwardRef<ReviewControlsHandle, Props>(function ReviewControls({ annotation, currentUser, onUpdated }, ref) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState<ReasonStep | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ message: string; stale: boolean; field?: string } | null>(null);
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

  function run(action: () => Promise<ActionResult<AnnotationDto>>) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setError(null);
        setAsking(null);
        setReason("");
        onUpdated(result.value);
        return;
      }
      setError({ message: errorText(result.error), stale: result.error.code === "conflict" && "currentVersion" in (result.error.details ?? {}), field: result.error.fieldErrors?.reason });
    });
  }

  const version = annotation.version;
  const approve = () => may.decide && decision.ok && !orphaned && run(() => approveAnnotationAction({ id: annotation.id, version }));
  const ask = (step: ReasonStep) => {
    if (step === "reopen" ? !may.reopen : !(may.decide && decision.ok)) return;
    setAsking(step);
    setError(null);
    setTimeout(() => reasonRef.current?.focus(), 0);
  };
  useImperativeHandle(ref, () => ({ approve, ask }));

  function confirm() {
    if (!asking) return;
    const input = { id: annotation.id, version, reason };
    if (asking === "reject") run(() => rejectAnnotationAction(input));
    if (asking === "request_changes") run(() => requestChangesAction(input));
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
          {showDecisions && !decision.ok && <p className="text-xs text-[var(--color-muted)]">{locale === "en" ? decision.message : refusals(decision.code)}</p>}
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
