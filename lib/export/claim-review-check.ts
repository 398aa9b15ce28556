import { CLAIM_REVIEWED_ADVISED_LENGTH } from "./claim-review";
import { safeHttpUrl } from "./safe-url";

/**
 * A problem found against Google's ClaimReview profile (Search Central "Fact check" page):
 * `required` problems make the markup ineligible; `recommended` ones are advice.
 */
export type ClaimReviewProblem = { level: "required" | "recommended"; path: string; message: string };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const types = (value: Json): string[] => ([] as unknown[]).concat(value["@type"] ?? []).map(String);
const text = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";
const numeric = (value: unknown): number | null => {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : null;
};

function checkRating(rating: unknown, path: string, problems: ClaimReviewProblem[]): void {
  const need = (message: string, at = path): void => void problems.push({ level: "required", path: at, message });
  const advise = (message: string, at = path): void => void problems.push({ level: "recommended", path: at, message });
  if (!isObject(rating)) return need("reviewRating (a Rating) is required");
  if (!types(rating).includes("Rating")) advise("reviewRating should have @type Rating");
  if (!text(rating.alternateName)) need("reviewRating.alternateName (the verdict in words) is required", `${path}.alternateName`);
  if (!text(rating.name)) advise("reviewRating.name is recommended", `${path}.name`);
  const best = numeric(rating.bestRating);
  const worst = numeric(rating.worstRating);
  const value = numeric(rating.ratingValue);
  if (rating.bestRating === undefined) advise("bestRating is recommended", `${path}.bestRating`);
  if (rating.worstRating === undefined) advise("worstRating is recommended", `${path}.worstRating`);
  if (rating.ratingValue === undefined) advise("ratingValue is recommended", `${path}.ratingValue`);
  if (rating.bestRating !== undefined && best === null) need("bestRating must be a number", `${path}.bestRating`);
  if (rating.worstRating !== undefined && (worst === null || worst < 1)) need("worstRating must be a number ≥ 1", `${path}.worstRating`);
  if (best !== null && worst !== null && !(best > worst)) need("bestRating must be greater than worstRating", `${path}.bestRating`);
  if (rating.ratingValue !== undefined && value === null) need("ratingValue must be a number", `${path}.ratingValue`);
  if (value !== null && best !== null && worst !== null && (value < worst || value > best)) {
    need("ratingValue must lie between worstRating and bestRating", `${path}.ratingValue`);
  }
}

function checkClaim(claim: unknown, path: string, problems: ClaimReviewProblem[]): void {
  const advise = (message: string, at = path): void => void problems.push({ level: "recommended", path: at, message });
  if (claim === undefined) return advise("itemReviewed (a Claim) is recommended");
  if (!isObject(claim)) {
    problems.push({ level: "required", path, message: "itemReviewed must be an object" });
    return;
  }
  if (!types(claim).includes("Claim")) advise("itemReviewed should be a Claim (CreativeWork is legacy)");
  const appearance = claim.appearance ?? claim.firstAppearance;
  if (appearance === undefined) advise("appearance or firstAppearance is recommended", `${path}.appearance`);
  for (const key of ["appearance", "firstAppearance"]) {
    const item = claim[key];
    const url = isObject(item) ? item.url : item;
    if (item !== undefined && url !== undefined && !safeHttpUrl(String(url))) {
      problems.push({ level: "required", path: `${path}.${key}`, message: `${key} URL must be an absolute http(s) URL` });
    }
  }
  if (claim.author === undefined) advise("author is recommended", `${path}.author`);
  else if (!isObject(claim.author) || !text(claim.author.name)) {
    problems.push({ level: "required", path: `${path}.author.name`, message: "the claim author's name is required when an author is given" });
  } else if (claim.author.sameAs === undefined) advise("author.sameAs (a page about the claimant) is recommended", `${path}.author.sameAs`);
  if (claim.datePublished === undefined) advise("datePublished is recommended", `${path}.datePublished`);
}

function checkOne(review: unknown, path: string, problems: ClaimReviewProblem[]): void {
  const need = (message: string, at = path): void => void problems.push({ level: "required", path: at, message });
  const advise = (message: string, at = path): void => void problems.push({ level: "recommended", path: at, message });
  if (!isObject(review)) return need("a ClaimReview must be an object");
  if (!types(review).includes("ClaimReview")) need("@type must be ClaimReview", `${path}.@type`);
  if (!text(review.claimReviewed)) need("claimReviewed is required", `${path}.claimReviewed`);
  else if (review.claimReviewed.length >= CLAIM_REVIEWED_ADVISED_LENGTH) {
    advise(`claimReviewed should be shorter than ${CLAIM_REVIEWED_ADVISED_LENGTH} characters`, `${path}.claimReviewed`);
  }
  checkRating(review.reviewRating, `${path}.reviewRating`, problems);
  if (!text(review.url)) need("url is required", `${path}.url`);
  else if (!safeHttpUrl(review.url)) need("url must be an absolute http(s) URL", `${path}.url`);
  if (review.author === undefined) advise("author is recommended", `${path}.author`);
  else if (!isObject(review.author)) need("author must be an Organization or Person", `${path}.author`);
  else {
    if (!text(review.author.name)) advise("author.name is recommended", `${path}.author.name`);
    if (!text(review.author.url)) advise("author.url is recommended", `${path}.author.url`);
  }
  checkClaim(review.itemReviewed, `${path}.itemReviewed`, problems);
}

/**
 * Checks a ClaimReview JSON-LD document (one object, an array of them or an `@graph`) against
 * Google's required and recommended properties; returns every problem, empty when none.
 */
export function checkGoogleClaimReview(document: unknown): ClaimReviewProblem[] {
  const problems: ClaimReviewProblem[] = [];
  const context = (value: unknown) => ([] as unknown[]).concat(value ?? []).some((c) => typeof c === "string" && /^https?:\/\/schema\.org\/?$/.test(c));
  const check = (node: unknown, path: string, inherited: boolean) => {
    if (isObject(node) && !inherited && !context(node["@context"])) {
      problems.push({ level: "required", path: `${path}.@context`, message: "@context must be schema.org" });
    }
    checkOne(node, path, problems);
  };
  if (Array.isArray(document)) document.forEach((node, i) => check(node, `$[${i}]`, false));
  else if (isObject(document) && Array.isArray(document["@graph"])) {
    const inherited = context(document["@context"]);
    document["@graph"].forEach((node, i) => check(node, `$.@graph[${i}]`, inherited));
  } else check(document, "$", false);
  return problems;
}
