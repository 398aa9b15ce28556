import { describe, expect, it } from "vitest";
import { ACCEPTANCE } from "./anchor-decisions";
import { codePointLength } from "./code-points";
import { resolveAnchor, type ResolvedAnchor } from "./resolve-anchor";
import { describeSpan, type AnchorSelectors } from "./selectors";

/** Selectors for the `nth` occurrence (0-based) of `exact` in `text`, in code points. */
function selectorsFor(text: string, exact: string, nth = 0): AnchorSelectors {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(exact, at + 1);
  if (at < 0) throw new Error(`"${exact}" not in text`);
  const start = codePointLength(text.slice(0, at));
  return describeSpan(text, start, start + codePointLength(exact));
}

/** Code-point offset of the `nth` occurrence of `needle` in `text`. */
function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  return codePointLength(text.slice(0, at));
}

function placedText(text: string, result: ResolvedAnchor): string | null {
  if (result.status === "orphaned") return null;
  return Array.from(text).slice(result.start, result.end).join("");
}

const ARTICLE =
  "The council met on Monday. The mayor said the budget was balanced. " +
  "Critics disagreed, citing a deficit of 2 million. Later that week, the mayor said the budget was balanced again, " +
  "and the treasurer confirmed it.";

describe("resolveAnchor: stored position", () => {
  it("returns exact when the position still holds the quote", () => {
    const selectors = selectorsFor(ARTICLE, "the budget was balanced", 1);
    const result = resolveAnchor(ARTICLE, selectors);
    expect(result).toMatchObject({ status: "exact", start: selectors.position?.start, end: selectors.position?.end, confidence: 1 });
  });

  it("finds the quote again when text was inserted before it", () => {
    const selectors = selectorsFor(ARTICLE, "citing a deficit");
    const edited = "Breaking news. " + ARTICLE;
    const result = resolveAnchor(edited, selectors);
    expect(result.status).toBe("moved");
    expect(result.start).toBe(offsetOf(edited, "citing a deficit"));
  });

  it("ignores a position that is out of range", () => {
    const { quote } = selectorsFor(ARTICLE, "citing a deficit");
    const result = resolveAnchor(ARTICLE, { quote, position: { start: 9999, end: 10010 } });
    expect(result).toMatchObject({ status: "moved", start: offsetOf(ARTICLE, "citing a deficit") });
  });

  it("reports exact when no position is given and the quote is unique", () => {
    const { quote } = selectorsFor(ARTICLE, "treasurer confirmed");
    expect(resolveAnchor(ARTICLE, { quote }).status).toBe("exact");
  });

  it("lets another occurrence with much better context beat the stored position", () => {
    const text = "alpha beta gamma. The mayor said yes. delta epsilon. The mayor said yes. zeta eta.";
    const second = selectorsFor(text, "The mayor said yes.", 1);
    const first = selectorsFor(text, "The mayor said yes.", 0);
    const result = resolveAnchor(text, { quote: second.quote, position: first.position });
    expect(result).toMatchObject({ status: "moved", start: second.position?.start });
  });
});

describe("resolveAnchor: repeated quotes told apart by context", () => {
  it("uses the prefix and suffix to pick the right twin", () => {
    for (const nth of [0, 1]) {
      const selectors = selectorsFor(ARTICLE, "the mayor said the budget was balanced".replace("the mayor", nth ? "the mayor" : "The mayor"), 0);
      const { quote } = selectors;
      const result = resolveAnchor("Prologue. " + ARTICLE, { quote });
      expect(placedText("Prologue. " + ARTICLE, result)).toBe(quote.exact);
      expect(result.start).toBe(selectors.position!.start + 10);
    }
  });

  it("picks the second of two identical phrases by its context after an edit before both", () => {
    const selectors = selectorsFor(ARTICLE, "the budget was balanced", 1);
    const edited = ARTICLE.replace("The council met on Monday.", "The city council met on a rainy Monday morning.");
    const result = resolveAnchor(edited, selectors);
    expect(result).toMatchObject({ status: "moved", start: offsetOf(edited, "the budget was balanced", 1) });
  });

  it("uses the prefix alone, or the suffix alone", () => {
    const text = "red apple, green apple, blue apple";
    expect(resolveAnchor(text, { quote: { exact: "apple", prefix: "green " } }).start).toBe(17);
    expect(resolveAnchor(text, { quote: { exact: "apple", suffix: ", blue" } }).start).toBe(17);
  });

  it("falls back to the nearest occurrence when contexts tie and one is clearly nearer", () => {
    const text = "x. same phrase here. " + "filler words ".repeat(20) + "x. same phrase here. " + "more filler ".repeat(3);
    const second = offsetOf(text, "same phrase", 1);
    const result = resolveAnchor(text, { quote: { exact: "same phrase" }, position: { start: second + 3, end: second + 14 } });
    expect(result).toMatchObject({ status: "moved", start: second });
  });

  it("orphans as ambiguous when contexts tie and the position does not decide", () => {
    const text = "x. same phrase here. y. same phrase here. z.";
    const result = resolveAnchor(text, { quote: { exact: "same phrase" } });
    expect(result).toMatchObject({ status: "orphaned", reason: "ambiguous" });
    // Occurrences at 3 and 24; a stored start of 13 is about as far from both.
    expect(resolveAnchor(text, { quote: { exact: "same phrase" }, position: { start: 13, end: 24 } }).status).toBe("orphaned");
  });
});

describe("resolveAnchor: never a lookalike", () => {
  it("orphans a short quote whose only remaining occurrence has unrelated context (its twin)", () => {
    const original = "In March the minister resigned. Unrelated sentence about weather. In May the minister returned.";
    const selectors = selectorsFor(original, "the minister", 0);
    const edited = original.replace("In March the minister resigned. ", "");
    const result = resolveAnchor(edited, selectors);
    expect(result).toMatchObject({ status: "orphaned", reason: "weak-context" });
  });

  it("orphans even a long unique quote with unrelated context when context is required", () => {
    const text = "Elsewhere entirely: the budget was balanced by the council. The end.";
    const quote = { exact: "the budget was balanced by the council", prefix: "Yesterday the mayor said that ", suffix: " and taxes would fall soon" };
    expect(resolveAnchor(text, { quote }).status).toBe("exact");
    expect(resolveAnchor(text, { quote }, { requireContext: true })).toMatchObject({ status: "orphaned", reason: "weak-context" });
  });

  it("prefers its own edited text (fuzzy) over an intact twin with unrelated context", () => {
    const text = "Budget day. The mayor told reporters the budget was balanced. Sports: the mayor said little about football.";
    const quote = { exact: "The mayor said reporters", prefix: "Budget day. ", suffix: " the budget was balanced." };
    const result = resolveAnchor(text, { quote });
    expect(result.status).toBe("fuzzy");
    expect(placedText(text, result)).toBe("The mayor told reporters");
  });

  it("does not fuzzy-match a lookalike whose context is unrelated", () => {
    const text = "Sports: the mayer said little about football. Weather: sunny.";
    const quote = { exact: "the mayor said", prefix: "At the budget meeting, ", suffix: " the budget was balanced" };
    expect(resolveAnchor(text, { quote })).toMatchObject({ status: "orphaned", reason: "low-confidence" });
  });

  it("respects allowCandidate", () => {
    const text = "one apple here";
    const result = resolveAnchor(text, { quote: { exact: "apple" } }, { allowCandidate: (start) => start !== 4 });
    expect(result.status).toBe("orphaned");
  });
});

describe("resolveAnchor: fuzzy", () => {
  const original = "Officials said the new bridge would open in the spring of next year, weeks ahead of schedule.";

  it("finds a quote with a few words changed, with its context", () => {
    const selectors = selectorsFor(original, "the new bridge would open in the spring");
    const edited = original.replace("would open", "will open");
    const result = resolveAnchor(edited, selectors);
    expect(result.status).toBe("fuzzy");
    expect(placedText(edited, result)).toBe("the new bridge will open in the spring");
    expect(result.confidence).toBeGreaterThan(ACCEPTANCE.fuzzyThreshold);
  });

  it("finds a quote whose whitespace or punctuation changed", () => {
    const selectors = selectorsFor(original, "spring of next year, weeks ahead");
    for (const edited of [original.replace("year, weeks", "year  weeks"), original.replace("year, weeks", "year; weeks")]) {
      const result = resolveAnchor(edited, selectors);
      expect(result.status).toBe("fuzzy");
      expect(placedText(edited, result)).toMatch(/^spring of next year.{1,2}weeks ahead$/);
    }
  });

  it("orphans a quote rewritten by more than half", () => {
    const selectors = selectorsFor(original, "the new bridge would open in the spring");
    const edited = original.replace("the new bridge would open in the spring", "a tunnel is planned for autumn");
    expect(resolveAnchor(edited, selectors).status).toBe("orphaned");
  });

  it("orphans a deleted quote", () => {
    const selectors = selectorsFor(original, "weeks ahead of schedule");
    const result = resolveAnchor("Officials said the new bridge would open in the spring of next year.", selectors);
    expect(result.status).toBe("orphaned");
  });

  it("searches only the given ranges", () => {
    const selectors = selectorsFor(original, "the new bridge would open");
    const edited = original.replace("would open", "will open");
    expect(resolveAnchor(edited, selectors, { fuzzyRanges: [{ start: 80, end: 92 }] }).status).toBe("orphaned");
    expect(resolveAnchor(edited, selectors, { fuzzyRanges: [{ start: 20, end: 30 }] }).status).toBe("fuzzy");
  });

  it("applies the threshold option", () => {
    const selectors = selectorsFor(original, "the new bridge would open in the spring");
    const edited = original.replace("would open", "will open");
    expect(resolveAnchor(edited, selectors, { threshold: 0.99 }).status).toBe("orphaned");
  });
});

describe("resolveAnchor: scripts and edges", () => {
  it("counts emoji as one code point in the result", () => {
    const text = "😀😀 Launch day 🚀 went well. 👍🏽 Indeed.";
    const selectors = selectorsFor(text, "Launch day 🚀 went well");
    const result = resolveAnchor("🎉 " + text, selectors);
    expect(result.start).toBe(selectors.position!.start + 2);
    expect(placedText("🎉 " + text, result)).toBe("Launch day 🚀 went well");
  });

  it("finds a quote whose emoji changed (fuzzy), without cutting a surrogate pair", () => {
    const text = "Crowd reaction 😀 was loud and long in the stadium.";
    const selectors = selectorsFor(text, "reaction 😀 was loud");
    const edited = text.replace("😀", "😡");
    const result = resolveAnchor(edited, selectors);
    expect(result.status).toBe("fuzzy");
    expect(placedText(edited, result)).toBe("reaction 😡 was loud");
  });

  it("tells repeated Urdu phrases apart by context", () => {
    const text = "وزیر اعظم نے کہا کہ معیشت بہتر ہے۔ اپوزیشن نے کہا کہ معیشت خراب ہے۔";
    const selectors = selectorsFor(text, "نے کہا کہ معیشت", 1);
    const edited = "خبر: " + text;
    const result = resolveAnchor(edited, selectors);
    expect(result).toMatchObject({ status: "moved", start: offsetOf(edited, "نے کہا کہ معیشت", 1) });
  });

  it("keeps combining marks as they are (no Unicode normalisation)", () => {
    const text = "Le re\u0301sume\u0301 du cafe\u0301.";
    const selectors = selectorsFor(text, "re\u0301sume\u0301");
    expect(resolveAnchor("Voici: " + text, selectors)).toMatchObject({ status: "moved", start: selectors.position!.start + 7, end: selectors.position!.end + 7 });
  });

  it("resolves spans at the very start and the very end", () => {
    const text = "Start of text, middle, end of text";
    const first = selectorsFor(text, "Start");
    const last = selectorsFor(text, "end of text");
    expect(resolveAnchor(text, first)).toMatchObject({ status: "exact", start: 0 });
    expect(resolveAnchor(text, last)).toMatchObject({ status: "exact", end: codePointLength(text) });
    expect(resolveAnchor("New. " + text, first)).toMatchObject({ status: "moved", start: 5 });
    expect(resolveAnchor(text + " More.", last)).toMatchObject({ status: "exact" });
  });

  it("orphans an empty quote", () => {
    expect(resolveAnchor("abc", { quote: { exact: "" } })).toMatchObject({ status: "orphaned", reason: "empty-quote" });
  });
});
