/**
 * The cases of dom-anchor-text-quote's `test/index_spec.js`, re-expressed against `resolveAnchor` on
 * the text of its fixture `test/fixtures/test.html`. Where Factdesk deliberately differs, the test
 * says so.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { resolveAnchor, type ResolvedAnchor } from "./resolve-anchor";

const html = readFileSync(new URL("./fixtures/dom-anchor-text-quote/test.html", import.meta.url), "utf8");
const document = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
const text = document.body.textContent ?? "";

function under(result: ResolvedAnchor): string | null {
  return result.status === "orphaned" ? null : Array.from(text).slice(result.start, result.end).join("");
}

describe("dom-anchor-text-quote cases", () => {
  it("finds an exact quote", () => {
    expect(under(resolveAnchor(text, { quote: { exact: "commodo vitae" } }))).toBe("commodo vitae");
  });

  it("finds an exact quote longer than 32 characters", () => {
    const exact = "Quisque sit amet est et sapien ullamcorper pharetra";
    expect(under(resolveAnchor(text, { quote: { exact } }))).toBe(exact);
  });

  it("finds a close quote: 'commodo cites' → 'commodo vitae'", () => {
    const result = resolveAnchor(text, { quote: { exact: "commodo cites" } });
    expect(result.status).toBe("fuzzy");
    expect(under(result)).toBe("commodo vitae");
  });

  it("finds a context quote and a close context quote", () => {
    const context = { prefix: "condimentum sed, ", suffix: ", ornare sit amet" };
    expect(under(resolveAnchor(text, { quote: { exact: "commodo vitae", ...context } }))).toBe("commodo vitae");
    expect(under(resolveAnchor(text, { quote: { exact: "commodo cites", ...context } }))).toBe("commodo vitae");
  });

  it("disambiguates 'on' by its prefix and by its suffix (the one inside the link)", () => {
    const link = text.indexOf("Donec non enim") + "Donec n".length;
    expect(resolveAnchor(text, { quote: { exact: "on", prefix: "Donec n" } })).toMatchObject({ start: link, end: link + 2 });
    expect(resolveAnchor(text, { quote: { exact: "on", suffix: " enim in" } })).toMatchObject({ start: link, end: link + 2 });
  });

  it("with wrong context: Factdesk orphans a short quote instead of taking the best match", () => {
    // dom-anchor-text-quote attaches here. A 13-character quote whose stored context contradicts the
    // only occurrence is exactly the lookalike case Factdesk refuses (ACCEPTANCE.distinctiveLength).
    const result = resolveAnchor(text, { quote: { exact: "commodo vitae", prefix: "bogomips", suffix: "bogomips" } });
    expect(result).toMatchObject({ status: "orphaned", reason: "weak-context" });
    const long = "Quisque sit amet est et sapien ullamcorper pharetra";
    expect(under(resolveAnchor(text, { quote: { exact: long, prefix: "bogomips", suffix: "bogomips" } }))).toBe(long);
  });

  it("reports a quote that is not found", () => {
    expect(resolveAnchor(text, { quote: { exact: "bogus" } })).toMatchObject({ status: "orphaned", reason: "not-found" });
  });

  it("long quote with a wrong ending: a fuzzy match (dom-anchor fails only because bitap stops at 32 characters)", () => {
    const result = resolveAnchor(text, { quote: { exact: "Quisque sit amet est et sapien ullam triceracorn" } });
    expect(result.status).toBe("fuzzy");
    expect(under(result)).toMatch(/^Quisque sit amet est et sapien ullamcor/);
    const withContext = resolveAnchor(text, { quote: { exact: "Quisque sit amet est et sapien ullam triceracorn", prefix: "bogomips", suffix: "bogomips" } });
    expect(withContext.status).toBe("orphaned");
  });

  it("uses the position hint to choose between repeated quotes", () => {
    const first = text.indexOf("Aenean");
    const last = text.lastIndexOf("Aenean");
    expect(first).not.toBe(last);
    expect(resolveAnchor(text, { quote: { exact: "Aenean" }, position: { start: first, end: first + 6 } })).toMatchObject({ status: "exact", start: first });
    expect(resolveAnchor(text, { quote: { exact: "Aenean" }, position: { start: last, end: last + 6 } })).toMatchObject({ status: "exact", start: last });
    expect(resolveAnchor(text, { quote: { exact: "Aenean" }, position: { start: last + 4, end: last + 10 } })).toMatchObject({ status: "moved", start: last });
    expect(resolveAnchor(text, { quote: { exact: "Aenean" } })).toMatchObject({ status: "orphaned", reason: "ambiguous" });
  });
});
