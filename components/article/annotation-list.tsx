"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
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

function VirtualList({ annotations, selectedId, renderCard }: Props) {
  const parentRef = useRef<HTMLDivElement>(null);
  const t = useTranslations("annotation.list");
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual mutates its virtualizer in place; the compiler rightly leaves this component unmemoised.
  const virtualizer = useVirtualizer({ count: annotations.length, getScrollElement: () => parentRef.current, estimateSize: () => 110, overscan: 8 });
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
