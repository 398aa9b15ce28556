"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import { layoutMarginCards } from "@/lib/editor/margin-layout";

const GAP = 8;

type Props = {
  annotations: AnnotationDto[];
  selectedId: string | null;
  renderCard(annotation: AnnotationDto): ReactNode;
  /** Viewport top of each highlighted annotation (annotations without a highlight are absent). */
  anchorTops(): Map<string, number>;
  /** The article's element: its reflows (resize, fonts, a new revision) move the cards. */
  article: HTMLElement | null;
};

/**
 * The cards beside their text on wide screens: each as level with its highlight as the others
 * allow (pushed down past the one before; the selected one exactly level). Positions are measured
 * in one pass (all reads, then all writes) whenever the cards, the selection or the size of the
 * article or of a card change — not on scroll, since they are placed relative to the article.
 */
export function AnnotationMarginList({ annotations, selectedId, renderCard, anchorTops, article }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const t = useTranslations("annotation.list");
  const latest = useRef({ selectedId, anchorTops });
  useLayoutEffect(() => {
    latest.current = { selectedId, anchorTops };
  });

  const relayout = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const rows = [...list.children] as HTMLElement[];
    const listTop = list.getBoundingClientRect().top;
    const anchors = latest.current.anchorTops();
    let previous = 0;
    const items = rows.map((row) => {
      const id = row.dataset.annotationRow ?? "";
      const top = anchors.get(id);
      // Without a highlight (orphaned, or on another revision): right after the card before it.
      previous = top === undefined ? previous : top - listTop;
      return { id, anchor: previous, height: row.offsetHeight };
    });
    const tops = layoutMarginCards(items, GAP, latest.current.selectedId);
    let bottom = 0;
    rows.forEach((row, i) => {
      const top = tops.get(items[i].id) ?? 0;
      row.style.top = `${top}px`;
      bottom = Math.max(bottom, top + items[i].height);
    });
    list.style.height = `${bottom}px`;
    list.dataset.laidOut = String(rows.length);
  }, []);

  useLayoutEffect(relayout, [annotations, selectedId, relayout]);

  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver !== "function") return;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(relayout);
    };
    const observer = new ResizeObserver(schedule);
    if (article) observer.observe(article);
    for (const row of list.children) observer.observe(row);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [annotations, article, relayout]);

  return (
    <ol ref={listRef} className="relative" aria-label={t("inOrder")} data-testid="margin-annotation-list">
      {annotations.map((annotation) => (
        <li key={annotation.id} data-annotation-row={annotation.id} className="absolute inset-x-0">
          {renderCard(annotation)}
        </li>
      ))}
    </ol>
  );
}
