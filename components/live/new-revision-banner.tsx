"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

type Props = { revision: number | null; by: string | null; onLoad(): void };

/**
 * Told when the article's text was changed by someone else while it is open: the page does not
 * jump; the reader loads the new revision when ready, with N or the button.
 */
export function NewRevisionBanner({ revision, by, onLoad }: Props) {
  const t = useTranslations("live.newRevision");
  useEffect(() => {
    if (revision === null) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key.toLowerCase() !== "n" || event.ctrlKey || event.metaKey || event.altKey) return;
      // Typing in a field is not a command; the article text is contenteditable only to keep a caret.
      if (target?.closest("input, textarea, select, [role='dialog']") || (target?.isContentEditable && !target.closest('[data-testid="article-text"]'))) return;
      event.preventDefault();
      onLoad();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revision, onLoad]);
  if (revision === null) return null;
  return (
    <div role="status" className="mb-3 flex flex-wrap items-center justify-between gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="new-revision-banner">
      <span>{by ? t("changedBy", { name: by, revision }) : t("changed", { revision })}</span>
      <Button size="sm" onClick={onLoad}>
        {t("load", { revision })} <kbd className="ms-1">N</kbd>
      </Button>
    </div>
  );
}
