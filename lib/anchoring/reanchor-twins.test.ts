import { describe, expect, it } from "vitest";
import { reanchorAnnotations } from "./reanchor";
import { offsetOf, reanchorOne, spanOf, textUnder } from "./test-support/spans";

const P1 = "The minister said the deficit would fall, according to officials.";
const P2 = "Critics said the figures were wrong, according to officials.";
const P3 = "A vote is expected next week.";
const OLD = [P1, P2, P3].join("\n");

describe("reanchorAnnotations: duplicates of the quote", () => {
  it("stays on the original when a copy is inserted before it", () => {
    const edited = [P2, P1, P2, P3].join("\n");
    const result = reanchorOne(OLD, edited, "Critics said the figures were wrong");
    expect(result).toMatchObject({ status: "moved", method: "diff", start: offsetOf(edited, "Critics said", 1) });
  });

  it("stays unchanged when a copy is inserted after it", () => {
    const edited = [P1, P2, P3, P2].join("\n");
    expect(reanchorOne(OLD, edited, "Critics said the figures were wrong").status).toBe("unchanged");
  });

  it("follows its own edited text rather than an intact copy inserted elsewhere", () => {
    const edited = [P1, P2.replace("were wrong", "were badly wrong"), P3, P2].join("\n");
    const result = reanchorOne(OLD, edited, "Critics said the figures were wrong");
    expect(result).toMatchObject({ status: "changed", newExact: "Critics said the figures were badly wrong", start: offsetOf(edited, "Critics") });
  });

  it("picks the right one of two identical paragraphs when text is inserted before both", () => {
    const old = ["Same words here again.", "Between them.", "Same words here again.", "After."].join("\n");
    const edited = "A new first paragraph.\n" + old;
    const second = reanchorOne(old, edited, "Same words here", 1);
    expect(second).toMatchObject({ status: "moved", start: offsetOf(edited, "Same words here", 1) });
    const first = reanchorOne(old, edited, "Same words here", 0);
    expect(first).toMatchObject({ status: "moved", start: offsetOf(edited, "Same words here", 0) });
  });
});

describe("reanchorAnnotations: twins (never take over another passage's text)", () => {
  it("orphans a repeated phrase whose own sentence was deleted while its twin survives", () => {
    const edited = [P2, P3].join("\n");
    const result = reanchorOne(OLD, edited, "according to officials", 0);
    expect(result).toMatchObject({ status: "orphaned" });
    expect(reanchorOne(OLD, edited, "according to officials", 1)).toMatchObject({ status: "moved", start: offsetOf(edited, "according to officials") });
  });

  it("orphans the first of two identical paragraphs when it is deleted, and keeps the second", () => {
    const old = ["Same words here again.", "Between them.", "Same words here again.", "After."].join("\n");
    const edited = ["Between them.", "Same words here again.", "After."].join("\n");
    expect(reanchorOne(old, edited, "Same words here", 0).status).toBe("orphaned");
    expect(reanchorOne(old, edited, "Same words here", 1)).toMatchObject({ status: "moved", start: offsetOf(edited, "Same words here") });
  });

  it("orphans a deleted span when new text with the same phrase but another sentence is added", () => {
    const edited = [P2, "Police said the port reopened, according to officials.", P3].join("\n");
    const result = reanchorAnnotations(OLD, edited, [spanOf(OLD, "according to officials", 0), spanOf(OLD, "the deficit would fall")]);
    expect(result.map((r) => r.status)).toEqual(["orphaned", "orphaned"]);
  });

  it("orphans a span whose sentence was replaced by a different one sharing a clause", () => {
    const edited = [P1.replace("The minister said", "Nobody at the ministry believed"), P2, P3].join("\n");
    const result = reanchorOne(OLD, edited, "The minister said the deficit");
    expect(result.status).toBe("orphaned");
  });

  it("follows a moved sentence, not a lookalike that shares its long clause", () => {
    const old = ["Intro here.", "The treasurer of the city declined to comment on the deficit today.", "Outro."].join("\n");
    const edited = ["Intro here.", "A port spokesman declined to comment on the deficit today.", "Outro.", "The treasurer of the city declined to comment on the deficit today."].join("\n");
    const result = reanchorOne(old, edited, "declined to comment on the deficit");
    expect(result).toMatchObject({ status: "moved", start: offsetOf(edited, "declined to comment on the deficit", 1) });
  });
});

describe("reanchorAnnotations: twins in other scripts", () => {
  it("orphans an Urdu phrase whose sentence was deleted while its twin survives", () => {
    const old = "وزیر نے کہا کہ معیشت بہتر ہے۔\nاپوزیشن نے کہا کہ معیشت خراب ہے۔";
    const edited = "اپوزیشن نے کہا کہ معیشت خراب ہے۔";
    expect(reanchorOne(old, edited, "نے کہا کہ معیشت", 0).status).toBe("orphaned");
    expect(reanchorOne(old, edited, "نے کہا کہ معیشت", 1)).toMatchObject({ status: "moved", start: offsetOf(edited, "نے کہا کہ معیشت") });
  });

  it("keeps emoji twins apart", () => {
    const old = "Fans 🎉 cheered. Players 🎉 cheered too. Coach 🎉 smiled.";
    const edited = "Fans 🎉 cheered. Coach 🎉 smiled.";
    const result = reanchorOne(old, edited, "🎉 cheered", 1);
    expect(result.status).toBe("orphaned");
    expect(textUnder(edited, reanchorOne(old, edited, "🎉 smiled"))).toBe("🎉 smiled");
  });
});
