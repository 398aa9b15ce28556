import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateArticle, locateLabel, summarise, type LabelledArticle } from "./evaluation";
import { suggestAnnotations } from "./suggest";

const dir = fileURLToPath(new URL("./fixtures/", import.meta.url));
const articles: LabelledArticle[] = readdirSync(dir)
  .filter((file) => file.endsWith(".json"))
  .map((file) => JSON.parse(readFileSync(`${dir}${file}`, "utf8")) as LabelledArticle);

function scores(split: LabelledArticle["split"]) {
  return summarise(articles.filter((a) => a.split === split).map((a) => evaluateArticle(a, suggestAnnotations(a.text))));
}

describe("the labelled set", () => {
  it("has at least 10 articles of different styles, some held out", () => {
    expect(articles.length).toBeGreaterThanOrEqual(10);
    expect(new Set(articles.map((a) => a.style)).size).toBe(articles.length);
    expect(articles.filter((a) => a.split === "heldout").length).toBeGreaterThanOrEqual(3);
  });

  it("labels text that is in the article", () => {
    for (const article of articles) {
      for (const label of [...article.quotes, ...article.claims, ...article.allegations]) expect(() => locateLabel(article.text, label)).not.toThrow();
    }
  });

  it.each(["dev", "heldout"] as const)("meets the goals on the %s split: quote recall ≥ 0.95, precision ≥ 0.9, speaker accuracy ≥ 0.8", (split) => {
    const result = scores(split);
    console.info(split, JSON.stringify({ ...result, misses: result.misses.length }));
    expect(result.quoteRecall).toBeGreaterThanOrEqual(0.95);
    expect(result.quotePrecision).toBeGreaterThanOrEqual(0.9);
    expect(result.speakerAccuracy).toBeGreaterThanOrEqual(split === "dev" ? 0.85 : 0.8);
    expect(result.claimRecall).toBeGreaterThanOrEqual(0.8);
    expect(result.allegationRecall).toBeGreaterThanOrEqual(0.8);
  });
});

describe("locateLabel", () => {
  it("counts code points and picks the given occurrence", () => {
    expect(locateLabel("😀 ab ab", { exact: "ab", occurrence: 2 })).toMatchObject({ start: 5, end: 7 });
  });
});
