"use client";

import { useId } from "react";
import { documentToText } from "@/lib/anchoring/document-text";
import type { PmNodeJson } from "@/lib/anchoring/node-kinds";
import type { MergeConflict } from "@/lib/revisions/document-merge";
import type { ConflictResolution } from "@/lib/revisions/resolve-merge";
import { wordDiff } from "@/lib/revisions/word-diff";
import { ConflictHandEditor } from "./conflict-hand-editor";
import { WordDiffParts } from "./word-diff-parts";
import { useTranslations } from "next-intl";

const passageText = (blocks: PmNodeJson[]) => documentToText({ type: "doc", content: blocks });

/** One side's version of a passage, with what it changed against the original marked. */
function PassageVersion({ title, base, blocks, testId }: { title: string; base: string; blocks: PmNodeJson[]; testId: string }) {
  const text = passageText(blocks);
  const t = useTranslations("revisions.conflict");
  const parts = wordDiff(base, text).parts;
  return (
    <div className="min-w-0" data-testid={testId}>
      <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-[var(--color-muted)]">{title}</h4>
      <div dir="auto" className="whitespace-pre-wrap rounded-md border border-[var(--color-line)] bg-white p-3 font-serif leading-relaxed">
        {text === "" && <span className="text-sm italic text-[var(--color-muted)]">{t("removed")}</span>}
        <WordDiffParts parts={parts} />
      </div>
    </div>
  );
}

type Choice = ConflictResolution["choice"];

const CHOICES: readonly Choice[] = ["mine", "theirs", "both", "edited"];

type Props = {
  conflict: MergeConflict;
  /** "Passage 2 of 3". */
  title: string;
  theirLabel: string;
  baseLabel: string;
  resolution: ConflictResolution | undefined;
  onResolve: (resolution: ConflictResolution) => void;
};

/**
 * One passage both editors changed: the original, their version and mine side by side (changes
 * against the original marked), and a choice of what to keep. Editing by hand starts from mine.
 */
export function ConflictPassage({ conflict, title, theirLabel, baseLabel, resolution, onResolve }: Props) {
  const name = useId();
  const t = useTranslations("revisions.conflict");
  const base = passageText(conflict.base);
  const choose = (choice: Choice) => onResolve(choice === "edited" ? { choice, blocks: resolution?.choice === "edited" ? resolution.blocks : conflict.mine } : { choice });
  return (
    <section className="space-y-3 rounded-lg border border-amber-300 bg-amber-50/40 p-4" aria-label={title} data-testid="merge-conflict">
      <h3 className="font-semibold">{title}</h3>
      <div className="grid gap-3 md:grid-cols-3">
        <PassageVersion title={baseLabel} base={base} blocks={conflict.base} testId="conflict-base" />
        <PassageVersion title={theirLabel} base={base} blocks={conflict.theirs} testId="conflict-theirs" />
        <PassageVersion title={t("yours")} base={base} blocks={conflict.mine} testId="conflict-mine" />
      </div>
      <fieldset className="flex flex-wrap gap-x-5 gap-y-2">
        <legend className="sr-only">{t("whatToKeep", { title })}</legend>
        {CHOICES.map((option) => (
          <label key={option} className="inline-flex items-center gap-1.5 text-sm">
            <input type="radio" name={name} value={option} checked={resolution?.choice === option} onChange={() => choose(option)} />
            {t(`choice.${option}`)}
          </label>
        ))}
      </fieldset>
      {resolution?.choice === "edited" && <ConflictHandEditor initial={conflict.mine} label={t("byHand", { title })} onChange={(blocks) => onResolve({ choice: "edited", blocks })} />}
    </section>
  );
}
