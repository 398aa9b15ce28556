"use client";

import { Alert } from "@/components/ui/alert";
import { KIND_LABELS } from "@/lib/domain/annotation-kinds";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";

/** Shown before saving a tag that another annotation of the same kind already covers; links to it. */
export function DuplicateWarning({ duplicates, onShow }: { duplicates: AnnotationDto[]; onShow(id: string): void }) {
  if (duplicates.length === 0) return null;
  const [first] = duplicates;
  const kind = KIND_LABELS[first.kind].toLowerCase();
  return (
    <div className="mb-3" data-testid="duplicate-warning">
      <Alert tone="warning" title={`This text is already tagged as a ${kind}`}>
        <p>
          {first.author.name}&apos;s {kind} covers {first.exact === "" ? "it" : <>“{first.exact.slice(0, 120)}”</>}
          {duplicates.length > 1 ? ` (and ${duplicates.length - 1} more)` : ""}.{" "}
          <button type="button" className="font-semibold underline" onClick={() => onShow(first.id)}>
            Show it
          </button>{" "}
          — or save yours anyway if it says something different.
        </p>
      </Alert>
    </div>
  );
}
