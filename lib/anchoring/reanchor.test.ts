import { describe, expect, it } from "vitest";
import { ACCEPTANCE } from "./anchor-decisions";
import { codePointLength } from "./code-points";
import { isCosmeticChange, reanchorAnnotations } from "./reanchor";
import { describeSpan } from "./selectors";
import { offsetOf, reanchorOne, spanOf, textUnder } from "./test-support/spans";

const OLD =
  "The council met on Monday evening. The mayor said the budget was balanced.\n" +
  "Critics disagreed, citing a deficit of two million. The treasurer declined to comment.\n" +
  "A vote is expected next week, officials said.";

describe("reanchorAnnotations: insertions", () => {
  it.each([
    ["at the text start", "Update: " + OLD],
    ["in an earlier paragraph", OLD.replace("Monday evening.", "Monday evening, after a long delay.")],
    ["right before the span", OLD.replace("citing a deficit", "sharply citing a deficit")],
    ["as a new paragraph before", OLD.replace("Critics", "A new paragraph appears here.\nCritics")],
  ])("moves a span when text is inserted before it: %s", (_name, edited) => {
    const result = reanchorOne(OLD, edited, "citing a deficit of two million");
    expect(result).toMatchObject({ status: "moved", method: "diff", confidence: 1 });
    expect(result.start).toBe(offsetOf(edited, "citing a deficit of two million"));
    expect(textUnder(edited, result)).toBe("citing a deficit of two million");
  });

  it.each([
    ["right after the span", OLD.replace("two million.", "two million, roughly.")],
    ["in a later paragraph", OLD.replace("next week", "next week or the week after")],
    ["at the text end", OLD + " More soon."],
  ])("leaves a span unchanged when text is inserted after it: %s", (_name, edited) => {
    const result = reanchorOne(OLD, edited, "citing a deficit of two million");
    expect(result.status).toBe("unchanged");
    if (result.status === "unchanged") expect(result.selectors).toEqual(describeSpan(edited, result.start, result.end));
  });

  it("updates the suffix when text right after the span changes", () => {
    const edited = OLD.replace("two million.", "two million, roughly.");
    const result = reanchorOne(OLD, edited, "citing a deficit of two million");
    expect(result.status === "unchanged" && result.selectors.quote.suffix.startsWith(", roughly.")).toBe(true);
  });

  it.each([
    ["one word", "citing a deficit of two million", "citing a large deficit of two million"],
    ["a clause", "The mayor said the budget was balanced.", "The mayor said, without evidence, the budget was balanced."],
  ])("marks a span changed when %s is inserted inside it", (_name, exact, replacement) => {
    const edited = OLD.replace(exact, replacement);
    const result = reanchorOne(OLD, edited, exact);
    expect(result).toMatchObject({ status: "changed", method: "diff", oldExact: exact, newExact: replacement, cosmetic: false });
    expect(result.confidence).toBeGreaterThanOrEqual(ACCEPTANCE.fuzzyThreshold);
  });

  it("orphans a short span swamped by a long insertion inside it", () => {
    const edited = OLD.replace("two million", "two (according to a report published by the opposition on Friday) million");
    const result = reanchorOne(OLD, edited, "two million");
    expect(result.status).toBe("orphaned");
  });
});

describe("reanchorAnnotations: whitespace and punctuation", () => {
  it.each([
    ["a doubled space", "the budget was balanced", "the budget  was balanced"],
    ["a comma added", "the budget was balanced", "the budget, was balanced"],
    ["a comma swapped for a semicolon", "Critics disagreed, citing", "Critics disagreed; citing"],
    ["a newline for a space", "The mayor said the budget", "The mayor said\nthe budget"],
  ])("marks %s inside the span as a cosmetic change", (_name, exact, replacement) => {
    const edited = OLD.replace(exact, replacement);
    const result = reanchorOne(OLD, edited, exact);
    expect(result).toMatchObject({ status: "changed", newExact: replacement, cosmetic: true });
  });

  it("keeps a span when only whitespace outside it changes", () => {
    const edited = OLD.replace("Monday evening. The", "Monday evening.  The");
    expect(reanchorOne(OLD, edited, "The mayor said the budget was balanced.").status).toBe("moved");
    expect(reanchorOne(OLD, edited, "The council met").status).toBe("unchanged");
  });

  it("marks a span whose trailing full stop was deleted as cosmetically changed", () => {
    const edited = OLD.replace("balanced.\n", "balanced\n");
    const result = reanchorOne(OLD, edited, "the budget was balanced.");
    expect(result).toMatchObject({ status: "changed", newExact: "the budget was balanced", cosmetic: true });
  });
});

describe("reanchorAnnotations: words changed, rewritten, deleted", () => {
  it.each([
    ["one word", "The mayor said the budget was balanced.", "The mayor claimed the budget was balanced."],
    ["two words", "citing a deficit of two million", "citing a shortfall of three million"],
    ["a number", "A vote is expected next week", "A vote is expected next month"],
  ])("marks a span with %s changed as changed", (_name, exact, replacement) => {
    const edited = OLD.replace(exact, replacement);
    const result = reanchorOne(OLD, edited, exact);
    expect(result).toMatchObject({ status: "changed", oldExact: exact, newExact: replacement, cosmetic: false });
    expect(result.start).toBe(offsetOf(edited, replacement));
  });

  it.each([
    ["most words replaced", "The mayor said the budget was balanced.", "A spokesman insisted that finances were fine."],
    ["replaced by something short", "citing a deficit of two million", "noting debts"],
    ["the whole clause replaced", "The treasurer declined to comment.", "Nobody from the treasury answered our calls."],
  ])("orphans a span rewritten by more than half: %s", (_name, exact, replacement) => {
    const result = reanchorOne(OLD, OLD.replace(exact, replacement), exact);
    expect(result).toMatchObject({ status: "orphaned", oldExact: exact });
  });

  it.each([
    ["a sentence", "The treasurer declined to comment.", OLD.replace(" The treasurer declined to comment.", "")],
    ["a whole paragraph", "citing a deficit", OLD.replace(/Critics[^\n]*\n/, "")],
    ["the first sentence", "The council met", OLD.replace("The council met on Monday evening. ", "")],
    ["the last sentence", "officials said.", OLD.replace("\nA vote is expected next week, officials said.", "")],
  ])("orphans a deleted span (%s)", (_name, exact, edited) => {
    const result = reanchorOne(OLD, edited, exact);
    expect(result).toMatchObject({ status: "orphaned", reason: "deleted" });
  });

  it("orphans a span when everything is deleted", () => {
    expect(reanchorOne(OLD, "", "The mayor said").status).toBe("orphaned");
  });
});

describe("reanchorAnnotations: moved sentences", () => {
  const moved = OLD.replace(" The treasurer declined to comment.", "") + " The treasurer declined to comment.";

  it("follows a whole sentence moved to another paragraph", () => {
    const result = reanchorOne(OLD, moved, "The treasurer declined to comment.");
    expect(result).toMatchObject({ status: "moved", method: "quote", start: offsetOf(moved, "The treasurer declined") });
  });

  it("follows a long clause inside the moved sentence", () => {
    const result = reanchorOne(OLD, moved, "treasurer declined to comment");
    expect(result).toMatchObject({ status: "moved", start: offsetOf(moved, "treasurer declined") });
  });

  it("follows a short span whose context moved with it", () => {
    const old = "First paragraph here.\nIn Lahore, the minister announced new tariffs on imported steel today.\nLast paragraph.";
    const edited = "In Lahore, the minister announced new tariffs on imported steel today.\nFirst paragraph here.\nLast paragraph.";
    const result = reanchorOne(old, edited, "new tariffs");
    expect(result).toMatchObject({ status: "moved", start: offsetOf(edited, "new tariffs") });
  });

  it("follows a sentence moved and slightly edited, or orphans it, but never misplaces it", () => {
    const edited = OLD.replace(" The treasurer declined to comment.", "") + " The treasurer declined to comment further.";
    const result = reanchorOne(OLD, edited, "The treasurer declined to comment.");
    if (result.status !== "orphaned") expect(result.start).toBe(offsetOf(edited, "The treasurer declined"));
  });
});

describe("reanchorAnnotations: overlapping spans and edges", () => {
  it("re-anchors overlapping spans independently", () => {
    const anchors = [spanOf(OLD, "The mayor said the budget"), spanOf(OLD, "said the budget was balanced."), spanOf(OLD, "budget")];
    const edited = OLD.replace("The mayor said", "The mayor told reporters");
    const [a, b, c] = reanchorAnnotations(OLD, edited, anchors);
    expect(a).toMatchObject({ status: "changed", newExact: "The mayor told reporters the budget" });
    expect(b).toMatchObject({ status: "changed", newExact: "told reporters the budget was balanced." });
    expect(c).toMatchObject({ status: "moved", start: offsetOf(edited, "budget") });
  });

  it("re-anchors a span covering the whole text", () => {
    const whole = describeSpan(OLD, 0, codePointLength(OLD));
    expect(reanchorAnnotations(OLD, OLD, [whole])[0].status).toBe("unchanged");
    const edited = OLD.replace("Monday", "Tuesday");
    expect(reanchorAnnotations(OLD, edited, [whole])[0]).toMatchObject({ status: "changed", start: 0, end: codePointLength(edited) });
  });

  it("keeps spans at the very start and end in place when text is added outside them", () => {
    const first = spanOf(OLD, "The council");
    const last = spanOf(OLD, "officials said.");
    const edited = "Prelude.\n" + OLD + "\nCoda.";
    const [a, b] = reanchorAnnotations(OLD, edited, [first, last]);
    expect(a).toMatchObject({ status: "moved", start: 9 });
    expect(b).toMatchObject({ status: "moved", start: offsetOf(edited, "officials said.") });
  });

  it("returns results in the order of the anchors, and all unchanged for an unchanged text", () => {
    const anchors = ["A vote", "The council", "Critics"].map((exact) => spanOf(OLD, exact));
    const results = reanchorAnnotations(OLD, OLD, anchors);
    expect(results.map((r) => r.status)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(results.map((r) => r.start)).toEqual(anchors.map((a) => a.position.start));
  });

  it("finds stale selectors in the old text by their quote first", () => {
    const selectors = spanOf(OLD, "citing a deficit");
    const stale = { ...selectors, position: { start: 0, end: 16 } };
    const edited = "New first line.\n" + OLD;
    expect(reanchorAnnotations(OLD, edited, [stale])[0]).toMatchObject({ status: "moved", start: offsetOf(edited, "citing a deficit") });
  });

  it("resolves selectors that do not fit the old text at all directly on the new text", () => {
    const foreign = { quote: { exact: "a vote is expected", prefix: "", suffix: "" } };
    const edited = OLD.replace("A vote is expected", "a vote is expected");
    expect(reanchorAnnotations(OLD, edited, [foreign])[0]).toMatchObject({ status: "moved", method: "quote" });
  });
});

describe("reanchorAnnotations: scripts", () => {
  it("shifts offsets by one code point per emoji inserted before", () => {
    const edited = OLD.replace("The council", "🚨🚨 The council");
    const result = reanchorOne(OLD, edited, "citing a deficit");
    expect(result.start).toBe(offsetOf(OLD, "citing a deficit") + 3);
  });

  it("marks a span whose emoji changed as changed, on whole code points", () => {
    const old = "Fans 😀 cheered loudly at the final whistle.";
    const edited = old.replace("😀", "🎉");
    const result = reanchorOne(old, edited, "Fans 😀 cheered loudly");
    expect(result).toMatchObject({ status: "changed", newExact: "Fans 🎉 cheered loudly" });
  });

  it("re-anchors right-to-left text", () => {
    const old = "وزیر اعظم نے کہا کہ معیشت بہتر ہے۔\nاپوزیشن نے اس دعوے کو مسترد کر دیا۔";
    const inserted = "خبر: " + old;
    expect(reanchorOne(old, inserted, "معیشت بہتر ہے")).toMatchObject({ status: "moved", start: offsetOf(inserted, "معیشت بہتر ہے") });
    const edited = old.replace("بہتر", "خراب");
    expect(reanchorOne(old, edited, "نے کہا کہ معیشت بہتر ہے")).toMatchObject({ status: "changed", newExact: "نے کہا کہ معیشت خراب ہے" });
  });

  it("re-anchors Pashto text with a word deleted before the span", () => {
    const old = "د افغانستان حکومت وویل چې خبرې به دوام ومومي.";
    const edited = old.replace("حکومت ", "");
    expect(reanchorOne(old, edited, "خبرې به دوام ومومي")).toMatchObject({ status: "moved", start: offsetOf(edited, "خبرې") });
  });

  it("treats a combining mark added inside a span as a real change", () => {
    const old = "The cafe serves resume writers every morning.";
    const edited = old.replace("resume", "re\u0301sume\u0301");
    const result = reanchorOne(old, edited, "cafe serves resume writers");
    expect(result).toMatchObject({ status: "changed", newExact: "cafe serves re\u0301sume\u0301 writers", cosmetic: false });
  });
});

describe("isCosmeticChange", () => {
  it("ignores whitespace and punctuation only", () => {
    expect(isCosmeticChange("a, b", "a b")).toBe(true);
    expect(isCosmeticChange("«a»", '"a"')).toBe(true);
    expect(isCosmeticChange("a b", "a c")).toBe(false);
    expect(isCosmeticChange("A b", "a b")).toBe(false);
  });
});
