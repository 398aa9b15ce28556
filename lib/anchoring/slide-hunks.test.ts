import { describe, expect, it } from "vitest";
import { slideHunks } from "./slide-hunks";

const slid = (a: string, b: string, hunk: { oldStart: number; oldEnd: number; newStart: number; newEnd: number }) => {
  const [h] = slideHunks(a, b, [hunk]);
  return [a.slice(h.oldStart, h.oldEnd), b.slice(h.newStart, h.newEnd), h.oldStart];
};

describe("slideHunks", () => {
  it("moves an insertion from inside a sentence to after its full stop", () => {
    // "said." → "said.\nCoda." given as ".\nCoda" inserted before the full stop.
    expect(slid("said.", "said.\nCoda.", { oldStart: 4, oldEnd: 4, newStart: 4, newEnd: 10 })).toEqual(["", "\nCoda.", 5]);
  });

  it("moves a deletion the same way", () => {
    expect(slid("said.\nCoda.", "said.", { oldStart: 4, oldEnd: 10, newStart: 4, newEnd: 4 })).toEqual(["\nCoda.", "", 5]);
  });

  it("prefers the text's edges", () => {
    expect(slid("b", "ab", { oldStart: 1, oldEnd: 1, newStart: 1, newEnd: 2 })[2]).toBe(1);
    expect([0, 2]).toContain(slid("aa", "aaa", { oldStart: 1, oldEnd: 1, newStart: 1, newEnd: 2 })[2]);
  });

  it("leaves an edit where it is unless another place is strictly better", () => {
    // Inserting "a " before "a b": both places score the same, so it stays.
    expect(slid("x a b", "x a a b", { oldStart: 2, oldEnd: 2, newStart: 2, newEnd: 4 })).toEqual(["", "a ", 2]);
  });

  it("does not treat a closing quote after a word as a sentence end", () => {
    const a = "Intro. moment «X». Next.";
    const b = "Intro. moment «X». More moment «X». Next.";
    const [h] = slideHunks(a, b, [{ oldStart: 18, oldEnd: 18, newStart: 18, newEnd: 35 }]);
    expect(b.slice(h.newStart, h.newEnd)).toBe(" More moment «X».");
  });

  it("never splits a surrogate pair and leaves replacements alone", () => {
    const [h] = slideHunks("x😀😀y", "x😀😀😀y", [{ oldStart: 3, oldEnd: 3, newStart: 3, newEnd: 5 }]);
    expect(h.newStart % 2).toBe(1);
    const replacement = { oldStart: 0, oldEnd: 1, newStart: 0, newEnd: 1 };
    expect(slideHunks("a b", "c b", [replacement])).toEqual([replacement]);
  });
});
