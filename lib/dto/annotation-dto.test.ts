import { describe, expect, it } from "vitest";
import { compareDocumentOrder } from "./annotation-dto";

describe("compareDocumentOrder", () => {
  it("sorts by start, the enclosing span before the one inside it, then by id", () => {
    const spans = [
      { id: "c", start: 5, end: 8 },
      { id: "b", start: 0, end: 3 },
      { id: "a", start: 0, end: 9 },
      { id: "d", start: 5, end: 8 },
    ];
    expect([...spans].sort(compareDocumentOrder).map((span) => span.id)).toEqual(["a", "b", "c", "d"]);
  });
});
