import { describe, expect, it } from "vitest";
import { layoutMarginCards } from "./margin-layout";

const tops = (map: Map<string, number>) => Object.fromEntries(map);

describe("layoutMarginCards", () => {
  it("puts each card level with its text when there is room", () => {
    const items = [
      { id: "a", anchor: 0, height: 50 },
      { id: "b", anchor: 200, height: 50 },
    ];
    expect(tops(layoutMarginCards(items, 8))).toEqual({ a: 0, b: 200 });
  });

  it("pushes a card down below the one before it, keeping the gap", () => {
    const items = [
      { id: "a", anchor: 10, height: 100 },
      { id: "b", anchor: 40, height: 60 },
      { id: "c", anchor: 50, height: 60 },
      { id: "d", anchor: 500, height: 60 },
    ];
    expect(tops(layoutMarginCards(items, 8))).toEqual({ a: 10, b: 118, c: 186, d: 500 });
  });

  it("keeps the selected card level with its text and moves the ones before it up", () => {
    const items = [
      { id: "a", anchor: 100, height: 80 },
      { id: "b", anchor: 120, height: 80 },
      { id: "c", anchor: 130, height: 60 },
    ];
    expect(tops(layoutMarginCards(items, 10, "b"))).toEqual({ a: 30, b: 120, c: 210 });
  });

  it("never puts a card above the top: everything moves down together", () => {
    const items = [
      { id: "a", anchor: 0, height: 100 },
      { id: "b", anchor: 20, height: 50 },
    ];
    expect(tops(layoutMarginCards(items, 10, "b"))).toEqual({ a: 0, b: 110 });
  });

  it("keeps the selected card level when only a card far above it would go above the top", () => {
    const items = [
      { id: "a", anchor: -150, height: 100 },
      { id: "b", anchor: 600, height: 80 },
      { id: "c", anchor: 620, height: 80 },
    ];
    expect(tops(layoutMarginCards(items, 10, "c"))).toEqual({ a: 0, b: 530, c: 620 });
  });

  it("handles no cards and an unknown selection", () => {
    expect(layoutMarginCards([], 8, "x").size).toBe(0);
    expect(tops(layoutMarginCards([{ id: "a", anchor: -20, height: 10 }], 8, "x"))).toEqual({ a: 0 });
  });
});
