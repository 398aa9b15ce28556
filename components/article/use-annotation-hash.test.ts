import { describe, expect, it } from "vitest";
import { annotationIdFromHash, passageFromHash } from "./use-annotation-hash";

describe("annotationIdFromHash", () => {
  it("reads the id of #annotation-<id>", () => expect(annotationIdFromHash("#annotation-clx9abc_1")).toBe("clx9abc_1"));
  it("ignores other fragments", () => {
    expect(annotationIdFromHash("")).toBeNull();
    expect(annotationIdFromHash("#comments")).toBeNull();
    expect(annotationIdFromHash("#annotation-")).toBeNull();
    expect(annotationIdFromHash("#annotation-a b")).toBeNull();
  });
});

describe("passageFromHash", () => {
  it("reads a passage's code-point offsets", () => {
    expect(passageFromHash("#passage-12-30")).toEqual({ start: 12, end: 30 });
  });

  it("refuses empty, reversed and malformed passages", () => {
    expect(passageFromHash("#passage-5-5")).toBeNull();
    expect(passageFromHash("#passage-9-3")).toBeNull();
    expect(passageFromHash("#passage-a-3")).toBeNull();
    expect(passageFromHash("#annotation-x")).toBeNull();
  });
});
