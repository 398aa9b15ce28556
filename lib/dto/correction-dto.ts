import type { Verdict } from "@/lib/domain/verdicts";

/** One entry of an article's public corrections log: what changed on which claim, when, why, by whom. */
export type CorrectionDto = {
  id: string;
  articleId: string;
  annotationId: string;
  /** The claim's quoted text. */
  exact: string;
  verdictBefore: Verdict | null;
  verdictAfter: Verdict | null;
  rationaleBefore: string | null;
  rationaleAfter: string | null;
  note: string;
  by: { id: string; name: string };
  at: string;
};
