import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";
import { correspondenceIds } from "./block-correspondence";
import { h, p, ul } from "./test-support/documents";

const ids = (...args: Parameters<typeof correspondenceIds> extends [infer B, infer M, infer T, unknown] ? [B, M, T] : never) => {
  const found = correspondenceIds(...args, canonicalJson);
  return found && found.ids.map((x) => [...x]);
};

describe("correspondenceIds", () => {
  it("gives an edited block the id of its base block and a new block an id of its own", () => {
    const base = [p("The mayor spoke on Monday about taxes.")];
    const mine = [p("A new paragraph entirely."), p("The mayor spoke on Tuesday about taxes.")];
    const theirs = [p("The mayor spoke on Monday about taxes and fees.")];
    const [b, m, t] = ids(base, mine, theirs)!;
    expect(b).toEqual([0]);
    expect(m[1]).toBe(0);
    expect(m[0]).toBeGreaterThan(0);
    expect(t).toEqual([0]);
  });

  it("gives the same new block on both sides the same id", () => {
    const [, m, t] = ids([p("old words here")], [p("brand new")], [p("brand new")])!;
    expect(m).toEqual(t);
    expect(m[0]).not.toBe(0);
  });

  it("does not take a rewrite, or a block of another type, for the same block", () => {
    const [, m] = ids([p("Prices rose sharply in May.")], [p("Completely different sentence now.")], [])!;
    expect(m[0]).not.toBe(0);
    const [, heading] = ids([p("Budget news")], [h(2, "Budget news")], [])!;
    expect(heading[0]).not.toBe(0);
  });

  it("ignores letter case when comparing words and takes a list for the same list", () => {
    const [, m] = ids([p("The Mayor Said")], [p("the mayor said")], [])!;
    expect(m).toEqual([0]);
    const [, list] = ids([ul("a", "b")], [ul("x", "y", "z")], [])!;
    expect(list).toEqual([0]);
  });

  it("keeps the order of both sides", () => {
    const base = [p("alpha beta gamma"), p("delta epsilon zeta")];
    const [, m] = ids(base, [p("delta epsilon zeta!"), p("alpha beta gamma!")], [])!;
    expect(m.filter((id) => id < 2)).toHaveLength(1);
  });

  it("gives up on stretches too large to align", () => {
    const many = Array.from({ length: 300 }, (_, i) => p(`paragraph ${i}`));
    expect(correspondenceIds(many, many.slice(1), many.slice(2), canonicalJson)).toBeNull();
  });
});
