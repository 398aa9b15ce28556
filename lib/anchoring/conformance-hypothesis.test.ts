/**
 * Hypothesis client's "web page baselines" (src/annotator/anchoring/test/html-test.js), re-run on our
 * text functions: each stored TextPositionSelector + TextQuoteSelector must resolve to its stored
 * offsets, and describing those offsets must give back the stored quote, prefix and suffix.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { codePointLength } from "./code-points";
import { resolveAnchor } from "./resolve-anchor";
import { describeSpan } from "./selectors";

type HypothesisSelector = { type: "TextPositionSelector"; start: number; end: number } | { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string } | { type: "RangeSelector" };

const dir = new URL("./fixtures/hypothesis-client/html-baselines/", import.meta.url);

/**
 * `document.body.textContent`, as a browser with scripting enabled gets it: there, `<noscript>`
 * content is raw text. jsdom parses with scripting disabled, so that content is escaped first.
 */
function pageText(html: string): string {
  const scripted = html.replace(/<noscript>([\s\S]*?)<\/noscript>/g, (_all, inner: string) => `<noscript>${inner.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</noscript>`);
  return new JSDOM(scripted).window.document.body.textContent ?? "";
}

function loadFixture(name: string) {
  const html = readFileSync(new URL(`${name}.html`, dir), "utf8");
  const json = JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")) as { rows: { id: string; target: { selector: HypothesisSelector[] }[] }[] };
  const annotations = json.rows.map((row) => {
    const selectors = row.target[0].selector;
    const position = selectors.find((s) => s.type === "TextPositionSelector") as Extract<HypothesisSelector, { type: "TextPositionSelector" }>;
    const quote = selectors.find((s) => s.type === "TextQuoteSelector") as Extract<HypothesisSelector, { type: "TextQuoteSelector" }>;
    return { id: row.id, position, quote };
  });
  return { text: pageText(html), annotations };
}

describe.each(["minimal", "wikipedia-regression-testing"])("Hypothesis baseline: %s", (name) => {
  const { text, annotations } = loadFixture(name);

  it("has BMP-only text, so Hypothesis's UTF-16 offsets equal code points", () => {
    expect(codePointLength(text)).toBe(text.length);
  });

  it.each(annotations.map((a, i) => [i, a] as const))("resolves stored annotation %i to its stored offsets", (_i, annotation) => {
    const result = resolveAnchor(text, { position: annotation.position, quote: annotation.quote });
    expect(result).toMatchObject({ status: "exact", start: annotation.position.start, end: annotation.position.end });
  });

  it.each(annotations.map((a, i) => [i, a] as const))("regenerates the stored quote, prefix and suffix of annotation %i", (_i, annotation) => {
    const { position, quote } = describeSpan(text, annotation.position.start, annotation.position.end);
    expect(position).toEqual({ type: "TextPositionSelector", start: annotation.position.start, end: annotation.position.end });
    expect(quote).toEqual({ type: "TextQuoteSelector", exact: annotation.quote.exact, prefix: annotation.quote.prefix, suffix: annotation.quote.suffix });
  });

  it.each(annotations.map((a, i) => [i, a] as const))("finds annotation %i by its quote alone after the page text shifts", (_i, annotation) => {
    const shifted = "Inserted banner text. " + text;
    const result = resolveAnchor(shifted, { position: annotation.position, quote: annotation.quote });
    expect(result).toMatchObject({ start: annotation.position.start + 22, end: annotation.position.end + 22 });
  });
});

describe("Hypothesis baseline: the minimal document", () => {
  it("is the text of <div>One Two Three</div> plus the trailing newline", () => {
    expect(loadFixture("minimal").text).toBe("One Two Three\n");
  });
});
