/**
 * Anchoring core: the plain-text model of an article, W3C selectors in Unicode code points, and
 * re-attaching annotations to a text or to the next revision. Framework-free and pure.
 */
export { codePointLength, codePointSlice, createCodePointIndex, type CodePointIndex } from "./code-points";
export { createTextModel, documentToText, type TextModel, type TextModelOptions } from "./document-text";
export { InvalidDocumentError, STARTER_KIT_NODE_KINDS, type NodeKinds, type PmNodeJson } from "./node-kinds";
export {
  CONTEXT_LENGTH,
  InvalidSpanError,
  checkSpan,
  describeSpan,
  type AnchorSelectors,
  type PositionInput,
  type QuoteInput,
  type SpanProblem,
  type SpanSelectors,
  type TextPositionSelector,
  type TextQuoteSelector,
} from "./selectors";
export { findQuote, type FindQuoteFailure, type FindQuoteResult } from "./find-quote";
export { ACCEPTANCE, type OrphanReason } from "./anchor-decisions";
export { SCORE_WEIGHTS } from "./anchor-scoring";
export { resolveAnchor, type ResolveOptions, type ResolvedAnchor, type ResolvedStatus } from "./resolve-anchor";
export { isCosmeticChange, reanchorAnnotations, type ReanchorOptions, type ReanchorOrphanReason, type ReanchorResult } from "./reanchor";
export { diffTexts, type DiffHunk } from "./text-diff";
