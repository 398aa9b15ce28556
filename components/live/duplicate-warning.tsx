"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";

/** Shown before saving a tag that another annotation of the same kind already covers; links to it. */
export function DuplicateWarning({ duplicates, onShow }: { duplicates: AnnotationDto[]; onShow(id: string): void }) {
  if (duplicates.length === 0) return null;
  const [first] = duplicates;
  return <DuplicateWarningText first={first} more={duplicates.length - 1} onShow={onShow} />;
}

function DuplicateWarningText({ first, more, onShow }: { first: AnnotationDto; more: number; onShow(id: string): void }) {
  const t = useTranslations("live.duplicate");
  const kinds = useTranslations("kinds");
  const kind = kinds(first.kind).toLocaleLowerCase();
  return (
    <div className="mb-3" data-testid="duplicate-warning">
      <Alert tone="warning" title={t("title", { kind })}>
        <p>
          {t.rich("covers", { name: first.author.name, kind, more, quote: () => (first.exact === "" ? t("it") : <span dir="auto">“{first.exact.slice(0, 120)}”</span>) })}{" "}
          <button type="button" className="font-semibold underline" onClick={() => onShow(first.id)}>
            {t("show")}
          </button>{" "}
          {t("orSave")}
        </p>
      </Alert>
    </div>
  );
}
