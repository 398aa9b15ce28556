"use client";

import { useTranslations } from "next-intl";
import { DuplicateWarning } from "@/components/live/duplicate-warning";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import type { AppError } from "@/lib/dto/app-error";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { AnnotationForm, type AnnotationFormExtras } from "./annotation-form";
import { DiscardConfirm } from "./discard-confirm";
import type { PendingDiscard, TaggingDraft } from "./use-tagging-draft";

type Props = {
  draft: TaggingDraft;
  articleId: string;
  pending: PendingDiscard | null;
  duplicates: AnnotationDto[];
  onShowDuplicate(id: string): void;
  onSubmit(content: AnnotationContent, extras: AnnotationFormExtras): Promise<{ ok: true } | { ok: false; error: AppError }>;
  onCancel(): void;
  onDirtyChange(dirty: boolean): void;
  onKeep(): void;
  onDiscard(): void;
};

/**
 * The tagging form for a new annotation. Beside the article on wide screens; on a phone a sheet
 * over the bottom of the screen, so the selection stays in sight above it.
 */
export function NewAnnotationPanel({ draft, articleId, pending, duplicates, onShowDuplicate, onSubmit, onCancel, onDirtyChange, onKeep, onDiscard }: Props) {
  const t = useTranslations("article.workspace");
  return (
    <section
      aria-label={t("newAnnotation")}
      data-testid="new-annotation"
      className="mb-4 rounded-lg border border-gray-900 bg-white p-4 shadow-sm max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-40 max-lg:mb-0 max-lg:max-h-[55vh] max-lg:overflow-y-auto max-lg:rounded-b-none max-lg:shadow-2xl"
    >
      <h2 className="mb-3 text-base font-semibold">{t(`new.${draft.kind}`)}</h2>
      {pending && <DiscardConfirm kind={draft.kind} pending={pending} onKeep={onKeep} onDiscard={onDiscard} />}
      <DuplicateWarning duplicates={duplicates} onShow={onShowDuplicate} />
      <AnnotationForm
        key={`${draft.start}-${draft.end}-${draft.kind}`}
        kind={draft.kind}
        exact={draft.exact}
        initial={draft.initial}
        articleId={articleId}
        submitLabel={t("save")}
        onSubmit={onSubmit}
        onCancel={onCancel}
        onDirtyChange={onDirtyChange}
      />
    </section>
  );
}
