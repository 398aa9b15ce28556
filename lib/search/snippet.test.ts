import { describe, expect, it } from "vitest";
import { firstHitOffsets, firstHitOffsetsInWindow, HIT_END, HIT_START, snippetParts } from "./snippet";

const mark = (word: string) => `${HIT_START}${word}${HIT_END}`;

describe("snippetParts", () => {
  it("splits a headline into plain runs and hits", () => {
    expect(snippetParts(`prices ${mark("rose")} by ten`)).toEqual([
      { text: "prices ", hit: false },
      { text: "rose", hit: true },
      { text: " by ten", hit: false },
    ]);
  });

  it("merges adjacent hits and drops empty runs", () => {
    expect(snippetParts(`${mark("cost")}${mark(" of")}`)).toEqual([{ text: "cost of", hit: true }]);
  });

  it("keeps markup as text (nothing is HTML)", () => {
    expect(snippetParts(`<b>${mark("x")}</b>`)).toEqual([
      { text: "<b>", hit: false },
      { text: "x", hit: true },
      { text: "</b>", hit: false },
    ]);
  });

  it("returns no parts for an empty headline", () => {
    expect(snippetParts("")).toEqual([]);
  });
});

describe("firstHitOffsets", () => {
  it("places the first hit in code points, using the text before it", () => {
    const text = "😀 rose and rose again";
    const parts = snippetParts(`and ${mark("rose")} again`);
    expect(firstHitOffsets(text, parts)).toEqual({ start: 11, end: 15 });
  });

  it("places an Urdu hit", () => {
    const text = "حکومت نے کہا کہ مہنگائی کم ہوئی";
    expect(firstHitOffsets(text, snippetParts(`کہ ${mark("مہنگائی")} کم`))).toEqual({ start: 16, end: 23 });
  });

  it("answers null with no hit or when the hit is not in the text", () => {
    expect(firstHitOffsets("abc", snippetParts("abc"))).toBeNull();
    expect(firstHitOffsets("abc", snippetParts(mark("zzz")))).toBeNull();
  });
});

describe("firstHitOffsetsInWindow", () => {
  it("places the hit in the whole text, counting code points before the window", () => {
    const text = "😀 ".repeat(50) + "the budget rose sharply";
    const windowStart = 60;
    const window = [...text].slice(windowStart).join("");
    const at = firstHitOffsetsInWindow(window, windowStart, snippetParts(`budget ${mark("rose")} sharply`));
    expect(at).toEqual({ start: [...text].indexOf("r"), end: [...text].indexOf("r") + 4 });
    expect([...text].slice(at!.start, at!.end).join("")).toBe("rose");
  });

  it("is null when the snippet has no hit", () => {
    expect(firstHitOffsetsInWindow("plain", 10, snippetParts("plain"))).toBeNull();
  });
});
