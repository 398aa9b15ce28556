import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkGoogleClaimReview } from "./claim-review-check";
import { buildClaimReviewJsonLd, buildClaimReviews, claimReviewUrl, serialiseClaimReview, type ClaimReview } from "./claim-review";
import type { ExportInput } from "./export-types";
import { annotate, emptyInput, englishInput, urduInput } from "./sample-input.test-helper";

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, "fixtures", "claimreview", name), "utf8"));
const required = (document: unknown) => checkGoogleClaimReview(document).filter((p) => p.level === "required");

describe("checkGoogleClaimReview", () => {
  it("passes Google's own example", () => {
    expect(required(fixture("google-factcheck-example.jsonld"))).toEqual([]);
  });

  it("fails the schema.org proposal example for its missing alternateName", () => {
    const problems = required(fixture("schemaorg-issue-1061-example.jsonld"));
    expect(problems.map((p) => p.path)).toContain("$.reviewRating.alternateName");
    const advice = checkGoogleClaimReview(fixture("schemaorg-issue-1061-example.jsonld")).map((p) => p.message);
    expect(advice).toContain("itemReviewed should be a Claim (CreativeWork is legacy)");
    expect(advice).toContain("author.name is recommended");
  });

  it("requires claimReviewed, reviewRating and url, and an http(s) url", () => {
    const paths = required({ "@context": "https://schema.org", "@type": "ClaimReview" }).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["$.claimReviewed", "$.reviewRating", "$.url"]));
    const bad = { ...fixture("google-factcheck-example.jsonld"), url: "javascript:alert(1)" };
    expect(required(bad).map((p) => p.path)).toEqual(["$.url"]);
  });

  it("checks the rating scale", () => {
    const base = fixture("google-factcheck-example.jsonld");
    const withRating = (rating: object) => required({ ...base, reviewRating: { ...base.reviewRating, ...rating } }).map((p) => p.message);
    expect(withRating({ bestRating: 1, worstRating: 1 })).toContain("bestRating must be greater than worstRating");
    expect(withRating({ worstRating: 0 })).toContain("worstRating must be a number ≥ 1");
    expect(withRating({ ratingValue: 9 })).toContain("ratingValue must lie between worstRating and bestRating");
    expect(withRating({ ratingValue: "1", bestRating: "5", worstRating: "1" })).toEqual([]);
  });

  it("requires the claim author's name and a schema.org context", () => {
    const base = fixture("google-factcheck-example.jsonld");
    const paths = required({ ...base, "@context": "https://example.org", itemReviewed: { ...base.itemReviewed, author: { "@type": "Person" } } }).map((p) => p.path);
    expect(paths).toEqual(["$.@context", "$.itemReviewed.author.name"]);
  });

  it("checks arrays and @graph item by item", () => {
    const good = fixture("google-factcheck-example.jsonld");
    const bad = fixture("schemaorg-issue-1061-example.jsonld");
    expect(required([good, bad]).every((p) => p.path.startsWith("$[1]"))).toBe(true);
    const { "@context": _c, ...bare } = good;
    expect(required({ "@context": "https://schema.org", "@graph": [bare] })).toEqual([]);
  });
});

describe("ClaimReview export", () => {
  const reviews = buildClaimReviews(englishInput());

  it("has one review per approved claim with a verdict, in document order", () => {
    expect(reviews.map((r) => r.url.split("#")[1])).toEqual(["annotation-a-unemployment", "annotation-a-invoices", "annotation-a-script"]);
  });

  it("gives no review to an approved claim whose text is gone or changed", () => {
    const input = englishInput();
    const annotations = input.annotations.map((a) => (a.id === "a-unemployment" ? { ...a, anchorState: "orphaned" as const } : a.id === "a-invoices" ? { ...a, anchorState: "changed" as const } : a));
    expect(buildClaimReviews({ ...input, annotations }).map((r) => r.url.split("#")[1])).toEqual(["annotation-a-script"]);
  });

  it("ignores includeAll: drafts, submissions and unverified claims never get a review", () => {
    expect(buildClaimReviews(englishInput(true))).toEqual(reviews);
  });

  it("fills every Google field", () => {
    const [review] = reviews;
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://factdesk.example.org/articles/art-1/report#annotation-a-unemployment",
      claimReviewed: "unemployment had doubled since 2020",
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False", name: "False" },
      author: { "@type": "Organization", name: "Example Fact Desk", url: "https://factdesk.example.org" },
      datePublished: "2024-06-22",
      reviewBody: "It rose by 15%, it did not double.",
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Opposition leader" },
        datePublished: "2024-06-20",
        appearance: {
          "@type": "NewsArticle",
          url: "https://news.example.com/world/doha-meeting?id=1&lang=en",
          headline: 'Doha meeting: "framework" agreed <b>?</b>',
          datePublished: "2024-06-20",
          author: { "@type": "Person", name: "Sam Writer & Jo Reporter" },
          publisher: { "@type": "Organization", name: "The Daily Example" },
        },
      },
    });
  });

  it("maps each verdict to its rating and words", () => {
    expect(reviews.map((r) => [r.reviewRating.ratingValue, r.reviewRating.alternateName])).toEqual([
      [1, "False"],
      [2, "Unsubstantiated"],
      [2, "Misleading"],
    ]);
  });

  it("passes Google's checker with no required problems", () => {
    for (const input of [englishInput(), urduInput()]) {
      const problems = checkGoogleClaimReview(buildClaimReviewJsonLd(input));
      expect(problems.filter((p) => p.level === "required")).toEqual([]);
      // What is left is advice we cannot follow from our data: no page about the claimant.
      expect(new Set(problems.map((p) => p.message))).toEqual(new Set(["author.sameAs (a page about the claimant) is recommended"]));
    }
  });

  it("keeps a long claim whole and lets the checker advise", () => {
    const input: ExportInput = englishInput();
    const long = 'Ministers met in Doha on Tuesday to discuss the ceasefire. "We have agreed on a framework,"';
    input.annotations = [annotate(input.article.text, "long", { kind: "claim", quote: long, fields: { claimant: "X", verdict: "true", rationale: "" } })];
    const review = buildClaimReviewJsonLd(input) as ClaimReview;
    expect(review.claimReviewed).toBe(long);
    expect(checkGoogleClaimReview(review).map((p) => p.path)).toContain("$.claimReviewed");
  });

  it("collapses whitespace in claimReviewed", () => {
    const input = englishInput(true);
    input.annotations = input.annotations.map((a) => (a.id === "a-crossing" ? { ...a, status: "approved" as const } : a));
    const crossing = buildClaimReviews(input).find((r) => r.url.endsWith("a-crossing"))!;
    expect(crossing.claimReviewed).toBe("a figure the statistics office disputes. Critics accused");
  });

  it("is an object for one review, an array for several, [] for none", () => {
    const one = urduInput();
    one.annotations = one.annotations.filter((a) => a.id !== "u-prices");
    expect(Array.isArray(buildClaimReviewJsonLd(one))).toBe(false);
    expect(Array.isArray(buildClaimReviewJsonLd(urduInput()))).toBe(true);
    expect(buildClaimReviewJsonLd(emptyInput())).toEqual([]);
    expect(serialiseClaimReview(emptyInput())).toBe("[]");
  });

  it("leaves out appearance fields the article lacks and unsafe URLs", () => {
    const input = englishInput();
    Object.assign(input.article, { url: "javascript:alert(1)", byline: " ", outlet: "", publishedOn: null });
    const [review] = buildClaimReviews(input);
    expect(review.itemReviewed.appearance).toEqual({ "@type": "NewsArticle", headline: input.article.title });
    expect(review.itemReviewed.datePublished).toBeUndefined();
  });

  it("builds report URLs that open the annotation's endnote", () => {
    expect(claimReviewUrl("https://x.example/", "a b", "c/d")).toBe("https://x.example/articles/a%20b/report#annotation-c%2Fd");
  });
});
