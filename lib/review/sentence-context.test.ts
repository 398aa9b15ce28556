import { describe, expect, it } from "vitest";
import { sentenceContext } from "./sentence-context";

/** Code-point offsets of the first occurrence of `span` in `text`. */
function spanOf(text: string, span: string): [number, number] {
  const cps = Array.from(text);
  const target = Array.from(span);
  for (let i = 0; i + target.length <= cps.length; i++) {
    if (target.every((c, k) => cps[i + k] === c)) return [i, i + target.length];
  }
  throw new Error(`"${span}" not in text`);
}

function contextOf(text: string, span: string, maxSide?: number) {
  const [start, end] = spanOf(text, span);
  return sentenceContext(text, start, end, { maxSide });
}

describe("sentenceContext", () => {
  it("returns the sentence around the span", () => {
    const text = "First sentence here. The minister said taxes fell by 3.5 percent last year! Then silence.";
    expect(contextOf(text, "taxes fell")).toEqual({
      before: "The minister said ",
      exact: "taxes fell",
      after: " by 3.5 percent last year!",
      truncatedBefore: false,
      truncatedAfter: false,
    });
  });

  it("splits on ? and ! and keeps closing quotes with their sentence", () => {
    const text = 'Was it true? He said "No." Then he left! Nobody asked why.';
    expect(contextOf(text, "Then")).toMatchObject({ before: "", after: " he left!" });
    expect(contextOf(text, "No")).toMatchObject({ before: 'He said "', after: '."' });
    expect(contextOf(text, "Nobody")).toMatchObject({ before: "", after: " asked why." });
  });

  it("treats newlines as boundaries", () => {
    const text = "Headline without a stop\nBody line one, with a claim in it\nNext line";
    expect(contextOf(text, "claim")).toMatchObject({ before: "Body line one, with a ", after: " in it" });
  });

  it("stops after a span that ends with its sentence's full stop", () => {
    const text = "One. The sky is green. Two.";
    expect(contextOf(text, "The sky is green.")).toMatchObject({ before: "", after: "" });
  });

  it("handles the Urdu full stop and question mark, with or without a following space", () => {
    const text = "پہلا جملہ۔وزیر اعظم نے کہا کہ سب ٹھیک ہے۔ کیا یہ سچ ہے؟دوسرا";
    expect(contextOf(text, "کہا")).toMatchObject({ before: "وزیر اعظم نے ", after: " کہ سب ٹھیک ہے۔" });
    expect(contextOf(text, "یہ")).toMatchObject({ before: "کیا ", after: " سچ ہے؟" });
  });

  it("counts offsets in code points (emoji before the span)", () => {
    const text = "Fans 👍🏽🇵🇰 cheered. The café said “hello” twice.";
    expect(contextOf(text, "said")).toMatchObject({ before: "The café ", exact: "said", after: " “hello” twice." });
    expect(contextOf(text, "cheered")).toMatchObject({ before: "Fans 👍🏽🇵🇰 ", after: "." });
  });

  it("caps long sentences at a word boundary and says so", () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ");
    const text = `${words} TARGET ${words}.`;
    const context = contextOf(text, "TARGET", 50);
    expect(context.truncatedBefore).toBe(true);
    expect(context.truncatedAfter).toBe(true);
    expect(Array.from(context.before).length).toBeLessThanOrEqual(50);
    expect(Array.from(context.after).length).toBeLessThanOrEqual(50);
    expect(context.before).toMatch(/^word\d+ .* word199 $/);
    expect(context.after).toMatch(/^ word0 word1 .*word\d+$/);
  });

  it("does not cut surrogate pairs when capping", () => {
    const text = `${"😀".repeat(100)}X${"😀".repeat(100)}`;
    const context = contextOf(text, "X", 10);
    expect(context.before).toBe("😀".repeat(10));
    expect(context.after).toBe("😀".repeat(10));
    expect(context).toMatchObject({ truncatedBefore: true, truncatedAfter: true });
  });

  it("gives the same answer on a window reaching past the cap as on the whole text", () => {
    const filler = Array.from({ length: 400 }, (_, i) => `w${i}${i % 37 === 0 ? "." : ""}`).join(" ");
    const text = `${filler} 👍🏽 The claim sits here ${filler}`;
    const [start, end] = spanOf(text, "claim");
    const whole = sentenceContext(text, start, end, { maxSide: 60 });
    const margin = 70;
    const offset = Math.max(0, start - margin);
    const window = Array.from(text)
      .slice(offset, end + margin)
      .join("");
    expect(sentenceContext(window, start - offset, end - offset, { maxSide: 60 })).toEqual(whole);
  });

  it("clamps offsets outside the text and handles an empty span", () => {
    expect(sentenceContext("Short text.", 6, 99)).toMatchObject({ before: "Short ", exact: "text.", after: "" });
    expect(sentenceContext("Short text.", 3, 3)).toMatchObject({ before: "Sho", exact: "", after: "rt text." });
    expect(sentenceContext("", 0, 0)).toEqual({ before: "", exact: "", after: "", truncatedBefore: false, truncatedAfter: false });
  });
});
