import type { AnnotationKind } from "../domain/annotation-kinds";

/** Colours of a kind in reports: a light fill behind the text and a strong tone for underlines and markers. */
export type KindColour = {
  /** Highlight fill as `#rrggbb`, drawn at `fillOpacity` so overlaps darken. */
  fill: string;
  fillOpacity: number;
  /** Underline, marker and badge colour; dark enough for text on white (WCAG AA). */
  strong: string;
};

/** One colour per kind: claims amber, quotes blue, allegations magenta. */
export const KIND_COLOURS: Record<AnnotationKind, KindColour> = {
  claim: { fill: "#ffc400", fillOpacity: 0.3, strong: "#8a5a00" },
  quote: { fill: "#3d8bfd", fillOpacity: 0.22, strong: "#0b4fb3" },
  allegation: { fill: "#e0457b", fillOpacity: 0.22, strong: "#a3124a" },
};

/** `rgba(...)` form of a kind's fill, for CSS. */
export function cssFill(kind: AnnotationKind): string {
  const { fill, fillOpacity } = KIND_COLOURS[kind];
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(fill.slice(at, at + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${fillOpacity})`;
}
