"use client";

import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { PendingDiscard } from "./use-tagging-draft";

type Props = { kind: AnnotationKind; pending: PendingDiscard; onKeep(): void; onDiscard(): void };

/** Asks before typed input in the tagging form is thrown away; "Keep editing" has focus, Escape keeps. */
export function DiscardConfirm({ kind, pending, onKeep, onDiscard }: Props) {
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.querySelector<HTMLButtonElement>("button")?.focus(), [pending]);
  const t = useTranslations("article.discard");
  return (
    <div
      ref={root}
      role="alertdialog"
      aria-labelledby={titleId}
      data-testid="discard-confirm"
      className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        onKeep();
      }}
    >
      <p id={titleId} className="font-semibold">
        {t(pending.type === "replace" ? `replaceQuestion.${kind}` : `question.${kind}`)}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" variant="primary" onClick={onKeep}>
          {t("keep")}
        </Button>
        <Button size="sm" onClick={onDiscard}>
          {t(pending.type === "replace" ? "discardAndTag" : "discard")}
        </Button>
      </div>
    </div>
  );
}
