"use client";

import { useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";

/** Past this many cards the list is virtualised (only what is on screen is rendered). */
export const VIRTUALISE_AFTER = 200;

type Props = {
  annotations: AnnotationDto[];
  selectedId: string | null;
  renderCard(annotation: AnnotationDto): ReactNode;
};

/** The sidebar's cards in document order; scrolls the selected one into view. */
export function AnnotationList({ annotations, selectedId, renderCard }: Props) {
  if (annotations.length > VIRTUALISE_AFTER) return <VirtualList annotations={annotations} selectedId={selectedId} renderCard={renderCard} />;
  return <PlainList annotations={annotations} selectedId={selectedId} renderCard={renderCard} />;
}

function PlainList({ annotations, selectedId, renderCard }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const t = useTranslations("annotation.list");
  useEffect(() => {
    if (!selectedId) return;
    listRef.current?.querySelector(`[data-annotation-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);
  return (
    <ol ref={listRef} className="space-y-2" aria-label={t("inOrder")}>
      {annotations.map((annotation) => (
        <li key={annotation.id}>{renderCard(annotation)}</li>
      ))}
    </ol>
  );
}

const ESTIMATED_CARD_HEIGHT = 110;

/**
 * A card's height as its resize observer reports it; until then its last known height or the
 * estimate. Never read from the DOM on the spot: that would force a layout of the whole page
 * (the article included) while the list mounts, once per card.
 */
function measuredSize(element: Element, entry: ResizeObserverEntry | undefined, virtualizer: Virtualizer<HTMLDivElement, Element>): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  return virtualizer.itemSizeCache.get(virtualizer.options.getItemKey(virtualizer.indexFromElement(element))) ?? ESTIMATED_CARD_HEIGHT;
}

function VirtualList({ annotations, selectedId, renderCard }: Props) {
  const parentRef = useRef<HTMLDivElement>(null);
  const t = useTranslations("annotation.list");
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual mutates its virtualizer in place; the compiler rightly leaves this component unmemoised.
  const virtualizer = useVirtualizer({ count: annotations.length, getScrollElement: () => parentRef.current, estimateSize: () => ESTIMATED_CARD_HEIGHT, overscan: 8, measureElement: measuredSize });
  useEffect(() => {
    const index = annotations.findIndex((a) => a.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: "auto" });
  }, [selectedId, annotations, virtualizer]);
  return (
    <div ref={parentRef} className="max-h-[70vh] overflow-y-auto" data-testid="virtual-annotation-list">
      <ol aria-label={t("inOrder")} className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <li key={annotations[item.index].id} data-index={item.index} ref={virtualizer.measureElement} className="absolute inset-x-0 pb-2" style={{ top: item.start }}>
            {renderCard(annotations[item.index])}
          </li>
        ))}
      </ol>
    </div>
  );
}
