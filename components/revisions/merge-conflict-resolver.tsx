"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { PmNodeJson } from "@/lib/anchoring/node-kinds";
import { resolveMerge, type ConflictResolution } from "@/lib/revisions/resolve-merge";
import type { MergeConflictDetails } from "@/lib/dto/revision-dto";
import { ConflictPassage } from "./conflict-passage";
import { useTranslations } from "next-intl";

type Props = {
  merge: MergeConflictDetails;
  message: string;
  pending: boolean;
  /** Saves the resolved document against `merge.currentRevision`. */
  onSave: (doc: PmNodeJson) => void;
  /** Goes back to the editor with my edits as they are (nothing saved). */
  onCancel: () => void;
};

/**
 * The resolve view of a save that overlapped another editor's: each conflicting passage side by
 * side with a choice, then one save of the whole merged text against the current revision. The
 * editor's own text stays in the editor below until that save succeeds.
 */
export function MergeConflictResolver({ merge, message, pending, onSave, onCancel }: Props) {
  const [resolutions, setResolutions] = useState<ReadonlyMap<number, ConflictResolution>>(new Map());
  const resolved = resolveMerge(merge.doc, merge.conflicts, resolutions);
  const left = merge.conflicts.length - resolutions.size;
  const t = useTranslations("revisions.conflict");
  const theirLabel = t("theirs", { number: merge.currentRevision, name: merge.savedBy });
  const baseLabel = t("before", { number: merge.editedRevision });
  return (
    <section className="space-y-4" aria-labelledby="merge-conflicts-title" data-testid="merge-resolver">
      <h2 id="merge-conflicts-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <Alert tone="warning">{message}</Alert>
      {merge.conflicts.map((conflict, i) => (
        <ConflictPassage
          key={conflict.id}
          conflict={conflict}
          title={t("passage", { number: i + 1, total: merge.conflicts.length })}
          theirLabel={theirLabel}
          baseLabel={baseLabel}
          resolution={resolutions.get(conflict.id)}
          onResolve={(resolution) => setResolutions((current) => new Map(current).set(conflict.id, resolution))}
        />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" disabled={!resolved.ok || pending} onClick={() => resolved.ok && onSave(resolved.doc)}>
          {pending ? t("saving") : t("save", { number: merge.currentRevision + 1 })}
        </Button>
        <Button variant="ghost" disabled={pending} onClick={onCancel}>
          {t("backToMine")}
        </Button>
        <span className="text-sm text-[var(--color-muted)]" role="status">
          {left > 0 ? t("left", { count: left }) : t("allChosen")}
        </span>
      </div>
    </section>
  );
}
