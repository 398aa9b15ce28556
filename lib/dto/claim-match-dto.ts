import type { ReviewStatus } from "@/lib/domain/review-statuses";
import type { Verdict } from "@/lib/domain/verdicts";
import type { EvidenceInput } from "@/lib/validations/annotation";

/** How sure the desk is that a decided claim is the one being tagged. */
export type MatchStrengthDto = "strong" | "possible";

/** A claim already decided on the desk that resembles the text asked about (link: `/articles/{articleId}#annotation-{annotationId}`). */
export type ClaimMatchDto = {
  annotationId: string;
  articleId: string;
  articleTitle: string;
  exact: string;
  verdict: Verdict | null;
  /** The decided claim's rationale and evidence (what "reuse" copies). */
  rationale: string;
  evidence: EvidenceInput[];
  status: ReviewStatus;
  decidedAt: string | null;
  /** 0 … 1. */
  score: number;
  strength: MatchStrengthDto;
  /** Whether it is on the article asked about (those come after other articles' at the same strength). */
  sameArticle: boolean;
};

/** The matches, best first, and the thresholds they were judged by. */
export type ClaimMatchesDto = { matches: ClaimMatchDto[]; thresholds: { strong: number; possible: number } };
