import type { AnnotationKind } from "../domain/annotation-kinds";
import type { AnchorState, ReviewStatus } from "../domain/review-statuses";
import type { Verdict } from "../domain/verdicts";
import type { AllegationFields, ClaimFields, EvidenceInput, QuoteFields } from "../validations/annotation";
import type { ExportEvidenceArchive } from "./evidence-archive-line";

/** A piece of evidence as exported, with what the desk's archive holds for it (when known). */
export type ExportEvidence = EvidenceInput & { archive?: ExportEvidenceArchive | null };

/** A person as exports show them (never their password hash or e-mail unless asked). */
export type ExportPerson = { id: string; name: string };

/** A correction of a published claim's verdict or rationale (the article's corrections log). */
export type ExportCorrection = {
  /** ISO date-time. */
  at: string;
  note: string;
  by: ExportPerson;
  verdictBefore: Verdict | null;
  verdictAfter: Verdict | null;
  rationaleBefore: string | null;
  rationaleAfter: string | null;
};

type ExportAnnotationBase = {
  id: string;
  status: ReviewStatus;
  anchorState: AnchorState;
  /** TextPositionSelector on `ExportArticle.text`, in Unicode code points, end exclusive. */
  start: number;
  end: number;
  /** TextQuoteSelector (prefix/suffix up to 32 code points). */
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  evidence: ExportEvidence[];
  author: ExportPerson;
  /** The reviewer of the latest decision (approve / reject / request changes), if any. */
  reviewer: ExportPerson | null;
  /** ISO date-time of that decision. */
  decidedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Corrections of its published verdict, oldest first (claims only; absent or empty when none). */
  corrections?: ExportCorrection[];
};

/** One annotation ready for serialising; the serialisers never see database rows. */
export type ExportAnnotation =
  | (ExportAnnotationBase & { kind: Extract<AnnotationKind, "claim">; fields: ClaimFields })
  | (ExportAnnotationBase & { kind: Extract<AnnotationKind, "quote">; fields: QuoteFields })
  | (ExportAnnotationBase & { kind: Extract<AnnotationKind, "allegation">; fields: AllegationFields });

/** The article as exported: metadata and the plain text of the revision reported on. */
export type ExportArticle = {
  id: string;
  title: string;
  outlet: string;
  byline: string;
  /** The article's original URL, or "" when unknown. */
  url: string;
  /** `YYYY-MM-DD` or null. */
  publishedOn: string | null;
  /** The revision reported on, and its plain text (what positions count into). */
  revision: { number: number; createdAt: string };
  text: string;
};

/** Who exports, for whom and how: ids, publisher and the approved-only / all switch. */
export type ExportContext = {
  /** Origin of this Factdesk (e.g. `https://factdesk.example.org`), for ids and report links. */
  baseUrl: string;
  /** The publishing organisation, used as ClaimReview `author`. */
  organisation: { name: string; url: string };
  /** ISO date-time the export was made. */
  generatedAt: string;
  /** false: approved annotations only (the default); true: every annotation, status shown. */
  includeAll: boolean;
};

/** Everything a serialiser needs; built by the caller from the database, never read from it here. */
export type ExportInput = { article: ExportArticle; annotations: ExportAnnotation[]; context: ExportContext };
