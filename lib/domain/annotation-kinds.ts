/** The three things an editor can tag on an article. */
export const ANNOTATION_KINDS = ["claim", "quote", "allegation"] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const KIND_LABELS: Record<AnnotationKind, string> = {
  claim: "Claim",
  quote: "Quote",
  allegation: "Allegation",
};

/** Keyboard shortcut that tags the current selection with each kind. */
export const KIND_SHORTCUTS: Record<AnnotationKind, string> = {
  claim: "c",
  quote: "q",
  allegation: "a",
};
