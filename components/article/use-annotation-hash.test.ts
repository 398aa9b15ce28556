import { describe, expect, it } from "vitest";
import { annotationIdFromHash } from "./use-annotation-hash";

describe("annotationIdFromHash", () => {
  it("reads the id of #annotation-<id>", () => expect(annotationIdFromHash("#annotation-clx9abc_1")).toBe("clx9abc_1"));
  it("ignores other fragments", () => {
    expect(annotationIdFromHash("")).toBeNull();
    expect(annotationIdFromHash("#comments")).toBeNull();
    expect(annotationIdFromHash("#annotation-")).toBeNull();
    expect(annotationIdFromHash("#annotation-a b")).toBeNull();
  });
});
