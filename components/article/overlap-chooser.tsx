"use client";

import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";

export type ChooserItem = { id: string; kind: AnnotationKind; excerpt: string };

type Props = {
  /** The annotations at the place, innermost first. */
  items: ChooserItem[];
  currentId: string | null;
  /** Where to show it, relative to the article's box. */
  position: { top: number; left: number };
  /** Move focus into it (opened from the keyboard). */
  autoFocus: boolean;
  onChoose(id: string): void;
  onClose(): void;
};

/**
 * Every annotation at one place of the text, innermost first, to pick from (a click on the text
 * there cycles through them too). Arrow keys move between them, Escape closes it.
 */
export function OverlapChooser({ items, currentId, position, autoFocus, onChoose, onClose }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const t = useTranslations("article.overlap");
  const kinds = useTranslations("kinds");
  const titleId = useId();
  useEffect(() => {
    if (!autoFocus) return;
    const buttons = [...(root.current?.querySelectorAll<HTMLButtonElement>("button[data-annotation-choice]") ?? [])];
    (buttons.find((b) => b.getAttribute("aria-pressed") === "true") ?? buttons[0])?.focus();
  }, [autoFocus]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      return onClose();
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const buttons = [...(root.current?.querySelectorAll<HTMLButtonElement>("button[data-annotation-choice]") ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = (index + (event.key === "ArrowDown" ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
  }

  return (
    <div
      ref={root}
      role="group"
      aria-labelledby={titleId}
      data-testid="overlap-chooser"
      onKeyDown={onKeyDown}
      className="absolute z-30 w-72 max-w-[calc(100vw-2rem)] rounded-lg border border-[var(--color-line)] bg-white p-2 shadow-lg"
      style={{ top: position.top, left: position.left }}
    >
      <div className="mb-1 flex items-center justify-between gap-2 ps-1">
        <p id={titleId} className="text-xs font-semibold">
          {t("title", { count: items.length })}
        </p>
        <button type="button" onClick={onClose} className="min-h-6 min-w-6 rounded px-1.5 text-sm hover:bg-gray-100" aria-label={t("close")}>
          ×
        </button>
      </div>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              data-annotation-choice={item.id}
              aria-pressed={item.id === currentId}
              onClick={() => onChoose(item.id)}
              className={`flex min-h-6 w-full items-start gap-2 rounded-md px-2 py-1 text-start text-sm hover:bg-gray-100 ${item.id === currentId ? "bg-gray-100 font-medium" : ""}`}
            >
              <span aria-hidden className={`mt-1 inline-block h-3 w-3 shrink-0 rounded-sm fd-hl-${item.kind}`} />
              <span className="min-w-0">
                <span className="font-semibold">{kinds(item.kind)}</span>{" "}
                <span dir="auto" className="line-clamp-2 font-serif text-[var(--color-muted)]">
                  {item.excerpt}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
