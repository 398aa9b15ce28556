import type { AnnotationKind } from "./annotation-kinds";

/** Each kind's colour (text/border) and translucent fill, shared by the UI and the reports. */
export const KIND_COLOURS: Record<AnnotationKind, { ink: string; fill: string }> = {
  claim: { ink: "#b45309", fill: "rgba(245, 158, 11, 0.28)" },
  quote: { ink: "#1d4ed8", fill: "rgba(59, 130, 246, 0.22)" },
  allegation: { ink: "#be123c", fill: "rgba(244, 63, 94, 0.22)" },
};
