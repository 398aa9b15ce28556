import { describe, expect, it } from "vitest";
import { diff3, KeyInterner, type Diff3Region } from "./diff3";

/** diff3 over strings, one character per element. */
function regions(base: string, mine: string, theirs: string): Diff3Region[] {
  const interner = new KeyInterner();
  const [b, m, t] = [base, mine, theirs].map((s) => interner.intern([...s]));
  return diff3(b, m, t, interner.size);
}

/** The regions as `kind:base/mine/theirs` strings, for short assertions. */
function describeRegions(base: string, mine: string, theirs: string): string[] {
  return regions(base, mine, theirs).map((r) => `${r.kind}:${base.slice(r.base.start, r.base.end)}/${mine.slice(r.mine.start, r.mine.end)}/${theirs.slice(r.theirs.start, r.theirs.end)}`);
}

describe("diff3", () => {
  it("finds nothing changed in identical sequences", () => {
    expect(describeRegions("abc", "abc", "abc")).toEqual(["unchanged:abc/abc/abc"]);
  });

  it("gives nothing for three empty sequences", () => {
    expect(regions("", "", "")).toEqual([]);
  });

  it("takes a change made on one side only", () => {
    expect(describeRegions("abcde", "aXcde", "abcde")).toEqual(["unchanged:a/a/a", "mine:b/X/b", "unchanged:cde/cde/cde"]);
    expect(describeRegions("abcde", "abcde", "abYde")).toEqual(["unchanged:ab/ab/ab", "theirs:c/c/Y", "unchanged:de/de/de"]);
  });

  it("keeps changes of both sides apart when they touch different elements", () => {
    expect(describeRegions("abcde", "aXcde", "abcYe")).toEqual(["unchanged:a/a/a", "mine:b/X/b", "unchanged:c/c/c", "theirs:d/d/Y", "unchanged:e/e/e"]);
  });

  it("does not make a conflict of changes to neighbouring elements", () => {
    const kinds = regions("abcd", "aXcd", "abYd").map((r) => r.kind);
    expect(kinds).toEqual(["unchanged", "mine", "theirs", "unchanged"]);
  });

  it("calls an identical change on both sides `same`", () => {
    expect(describeRegions("abc", "aXc", "aXc")).toEqual(["unchanged:a/a/a", "same:b/X/X", "unchanged:c/c/c"]);
  });

  it("reports different changes to the same element as a conflict", () => {
    expect(describeRegions("abc", "aXc", "aYc")).toEqual(["unchanged:a/a/a", "conflict:b/X/Y", "unchanged:c/c/c"]);
  });

  it("reports two different insertions at the same place as a conflict", () => {
    expect(describeRegions("ab", "aXb", "aYb")).toEqual(["unchanged:a/a/a", "conflict:/X/Y", "unchanged:b/b/b"]);
  });

  it("calls the same insertion at the same place `same`", () => {
    expect(describeRegions("ab", "aXb", "aXb")).toEqual(["unchanged:a/a/a", "same:/X/X", "unchanged:b/b/b"]);
  });

  it("lets an insertion next to the other side's edit through", () => {
    expect(regions("abc", "abXc", "aYc").map((r) => r.kind)).toEqual(["unchanged", "theirs", "mine", "unchanged"]);
  });

  it("reports an insertion inside a range the other side deleted as a conflict", () => {
    expect(describeRegions("abcd", "ad", "abXcd")).toEqual(["unchanged:a/a/a", "conflict:bc//bXc", "unchanged:d/d/d"]);
  });

  it("reports a deletion against an edit as a conflict", () => {
    expect(describeRegions("abc", "ac", "aYc")).toEqual(["unchanged:a/a/a", "conflict:b//Y", "unchanged:c/c/c"]);
  });

  it("groups a chain of overlapping changes into one conflict", () => {
    expect(describeRegions("abcdef", "aXYdef", "abZWef")).toEqual(["unchanged:a/a/a", "conflict:bcd/XYd/bZW", "unchanged:ef/ef/ef"]);
  });

  it("handles changes at the very start and end", () => {
    expect(describeRegions("abc", "Xabc", "abcY")).toEqual(["mine:/X/", "unchanged:abc/abc/abc", "theirs://Y"]);
    expect(describeRegions("", "X", "")).toEqual(["mine:/X/"]);
    expect(describeRegions("abc", "", "abc")).toEqual(["mine:abc//abc"]);
  });

  it("covers the three sequences in order without gaps (random edits)", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const edit = (s: string) => [...s].map((c) => (random() < 0.1 ? "" : random() < 0.1 ? c + "xyz"[Math.floor(random() * 3)] : random() < 0.05 ? "Q" : c)).join("");
    for (let round = 0; round < 100; round++) {
      const base = Array.from({ length: 30 }, () => "abcdefgh"[Math.floor(random() * 8)]).join("");
      const mine = edit(base);
      const theirs = edit(base);
      const found = regions(base, mine, theirs);
      for (const side of ["base", "mine", "theirs"] as const) {
        let at = 0;
        for (const r of found) {
          expect(r[side].start).toBe(at);
          at = r[side].end;
        }
        expect(at).toBe({ base, mine, theirs }[side].length);
      }
      // Taking each side's version where it alone changed rebuilds the side when the other did nothing.
      for (const r of found) {
        if (r.kind === "unchanged") expect(mine.slice(r.mine.start, r.mine.end)).toBe(base.slice(r.base.start, r.base.end));
        if (r.kind === "mine") expect(theirs.slice(r.theirs.start, r.theirs.end)).toBe(base.slice(r.base.start, r.base.end));
        if (r.kind === "theirs") expect(mine.slice(r.mine.start, r.mine.end)).toBe(base.slice(r.base.start, r.base.end));
      }
    }
  });
});

describe("KeyInterner", () => {
  it("gives equal keys equal ids across sequences", () => {
    const interner = new KeyInterner();
    expect([...interner.intern(["a", "b", "a"])]).toEqual([0, 1, 0]);
    expect([...interner.intern(["b", "c"])]).toEqual([1, 2]);
    expect(interner.size).toBe(3);
  });
});
