import { useTranslations } from "next-intl";
import type { WordDiffResult } from "@/lib/revisions/word-diff";
import { WordDiffParts } from "./word-diff-parts";

/**
 * A word-level diff between two revisions' texts: insertions in green (`<ins>`), deletions in
 * red and struck through (`<del>`), whitespace and paragraph breaks kept.
 */
export function WordDiffView({ diff }: { diff: WordDiffResult }) {
  const { summary } = diff;
  const t = useTranslations("revisions.diff");
  return (
    <div>
      <p className="mb-3 text-sm text-[var(--color-muted)]" data-testid="diff-counts">
        {summary.changed ? t("counts", { added: summary.wordsAdded, removed: summary.wordsRemoved }) : t("noChange")}
        {summary.approximate && ` ${t("approximate")}`}
      </p>
      <div dir="auto" data-testid="word-diff" className="max-w-[68ch] whitespace-pre-wrap rounded-lg border border-[var(--color-line)] bg-white p-4 font-serif text-[1.05rem] leading-relaxed">
        <WordDiffParts parts={diff.parts} />
      </div>
      <p className="mt-2 text-xs text-[var(--color-muted)]">
        <ins className="rounded-sm bg-emerald-100 px-1 text-emerald-900 no-underline">{t("added")}</ins> <del className="rounded-sm bg-rose-100 px-1 text-rose-900 line-through">{t("removed")}</del>
      </p>
    </div>
  );
}
