/**
 * The fixed verdict scale for claims, from the default (`unverified`) through the ratings a
 * fact-check can give. `rating` is the ClaimReview numeric value (worst 1 … best 5); verdicts
 * that are not a position on a truth scale have none.
 */
export const VERDICTS = ["unverified", "true", "mostly_true", "mixed", "misleading", "false", "unsubstantiated"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  unverified: "Unverified",
  true: "True",
  mostly_true: "Mostly true",
  mixed: "Mixed",
  misleading: "Misleading",
  false: "False",
  unsubstantiated: "Unsubstantiated",
};

/** ClaimReview `ratingValue` on a 1 (worst) … 5 (best) scale; `null` for unverified. */
export const VERDICT_RATINGS: Record<Verdict, number | null> = {
  unverified: null,
  true: 5,
  mostly_true: 4,
  mixed: 3,
  misleading: 2,
  unsubstantiated: 2,
  false: 1,
};

export const BEST_RATING = 5;
export const WORST_RATING = 1;
