import { BEST_RATING, VERDICT_LABELS, VERDICT_RATINGS, WORST_RATING } from "../domain/verdicts";
import { isPublishedApproval } from "../review/publishable";
import type { ExportAnnotation, ExportInput } from "./export-types";
import { formatDate } from "./format-dates";
import { safeHttpUrl, trimBaseUrl } from "./safe-url";
import { numberAnnotations } from "./select-annotations";

/** Media type of the ClaimReview export. */
export const CLAIM_REVIEW_CONTENT_TYPE = "application/ld+json; charset=utf-8";

/** Google asks for `claimReviewed` under this many characters (a guideline; see `buildClaimReview`). */
export const CLAIM_REVIEWED_ADVISED_LENGTH = 75;

type Named = { "@type": "Person" | "Organization"; name: string; url?: string };

/** schema.org ClaimReview in the shape Google's fact-check documentation reads. */
export type ClaimReview = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  reviewRating: {
    "@type": "Rating";
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
    name: string;
  };
  author: Named;
  datePublished?: string;
  /** When a correction last changed the published verdict or rationale. */
  dateModified?: string;
  reviewBody?: string;
  itemReviewed: {
    "@type": "Claim";
    author: Named;
    datePublished?: string;
    appearance: {
      "@type": "NewsArticle";
      url?: string;
      headline: string;
      datePublished?: string;
      author?: Named;
      publisher?: Named;
    };
  };
};

/** Address of the report opened at one annotation's endnote. */
export function claimReviewUrl(baseUrl: string, articleId: string, annotationId: string): string {
  return `${trimBaseUrl(baseUrl)}/articles/${encodeURIComponent(articleId)}/report#annotation-${encodeURIComponent(annotationId)}`;
}

type RatedClaim = Extract<ExportAnnotation, { kind: "claim" }>;

/**
 * Claims that get a ClaimReview: approved and still on their text (not orphaned or changed), with a
 * verdict on the rating scale; `includeAll` is ignored.
 */
export function isClaimReviewable(annotation: ExportAnnotation): annotation is RatedClaim {
  return annotation.kind === "claim" && isPublishedApproval(annotation) && VERDICT_RATINGS[annotation.fields.verdict] != null;
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * One ClaimReview. `claimReviewed` is the full claim text with whitespace collapsed, never
 * truncated: a cut claim is a different claim, so Google's "< 75 characters" advice is reported by
 * `checkGoogleClaimReview` as a recommendation rather than enforced here.
 */
export function buildClaimReview(input: ExportInput, claim: RatedClaim): ClaimReview {
  const { article, context } = input;
  const verdict = claim.fields.verdict;
  const label = VERDICT_LABELS[verdict];
  const appearance: ClaimReview["itemReviewed"]["appearance"] = { "@type": "NewsArticle", headline: article.title };
  const articleUrl = safeHttpUrl(article.url);
  if (articleUrl) appearance.url = articleUrl;
  if (article.publishedOn) appearance.datePublished = formatDate(article.publishedOn);
  if (article.byline.trim()) appearance.author = { "@type": "Person", name: article.byline.trim() };
  if (article.outlet.trim()) appearance.publisher = { "@type": "Organization", name: article.outlet.trim() };

  const review: ClaimReview = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimReviewUrl(context.baseUrl, article.id, claim.id),
    claimReviewed: collapse(claim.exact),
    reviewRating: {
      "@type": "Rating",
      ratingValue: VERDICT_RATINGS[verdict]!,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: label,
      name: label,
    },
    author: { "@type": "Organization", name: context.organisation.name, url: context.organisation.url },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Person", name: claim.fields.claimant },
      appearance,
    },
  };
  const decided = formatDate(claim.decidedAt ?? claim.updatedAt);
  if (decided) review.datePublished = decided;
  const corrections = claim.corrections ?? [];
  const body = [claim.fields.rationale, ...corrections.map((entry) => `Correction (${formatDate(entry.at)}): ${entry.note}`)].filter(Boolean).join("\n\n");
  if (body) review.reviewBody = body;
  if (corrections.length > 0) review.dateModified = formatDate(corrections[corrections.length - 1].at);
  if (article.publishedOn) review.itemReviewed.datePublished = formatDate(article.publishedOn);
  return review;
}

/** Every ClaimReview of the article, in document order. */
export function buildClaimReviews(input: ExportInput): ClaimReview[] {
  const claims = input.annotations.filter(isClaimReviewable);
  return numberAnnotations(input.article.text, claims).map((entry) => buildClaimReview(input, entry.annotation as RatedClaim));
}

/**
 * The JSON-LD document: the ClaimReview object when there is exactly one, otherwise a JSON array
 * of standalone ClaimReview objects (`[]` when none), each with its own `@context`, so each can be
 * pasted into its own `<script type="application/ld+json">`.
 */
export function buildClaimReviewJsonLd(input: ExportInput): ClaimReview | ClaimReview[] {
  const reviews = buildClaimReviews(input);
  return reviews.length === 1 ? reviews[0] : reviews;
}

/** The ClaimReview export as an indented JSON string. */
export function serialiseClaimReview(input: ExportInput): string {
  return JSON.stringify(buildClaimReviewJsonLd(input), null, 2);
}
