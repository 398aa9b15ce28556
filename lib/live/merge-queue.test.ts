import { describe, expect, it } from "vitest";
import { mergeQueue, steppableIds } from "./merge-queue";

const item = (id: string, version = 1, status = "submitted") => ({ annotation: { id, version, status } });
const ids = (items: { annotation: { id: string; version: number } }[]) => items.map((entry) => `${entry.annotation.id}@${entry.annotation.version}`);

describe("mergeQueue", () => {
  it("takes the server's items and order", () => {
    expect(ids(mergeQueue([item("a"), item("b")], [item("c"), item("a", 2)], () => false))).toEqual(["c@1", "a@2"]);
  });

  it("keeps a newer local version of an item", () => {
    expect(ids(mergeQueue([item("a", 3)], [item("a", 2)], () => false))).toEqual(["a@3"]);
  });

  it("holds on to kept items that left, at their place", () => {
    const merged = mergeQueue([item("a"), item("b", 2, "approved"), item("c")], [item("a"), item("c"), item("d")], (entry) => entry.annotation.status === "approved");
    expect(ids(merged)).toEqual(["a@1", "b@2", "c@1", "d@1"]);
  });

  it("adds kept items at the end when the list got shorter", () => {
    expect(ids(mergeQueue([item("a"), item("b"), item("x")], [], (entry) => entry.annotation.id === "x"))).toEqual(["x@1"]);
  });
});

describe("steppableIds", () => {
  it("skips items someone else is reviewing, but not the selected one", () => {
    expect(
      steppableIds(
        ["a", "b", "c"],
        new Map([
          ["b", "Riya"],
          ["c", "Ali"],
        ]),
        "c",
      ),
    ).toEqual(["a", "c"]);
  });
});
