import { describe, expect, it } from "vitest";
import { mergeAnnotations, touchedAnnotations } from "./merge-annotations";

const a = (id: string, version: number, start: number) => ({ id, version, start, end: start + 3 });
const order = (x: { start: number; id: string }, y: { start: number; id: string }) => x.start - y.start || x.id.localeCompare(y.id);

describe("mergeAnnotations", () => {
  it("adds new annotations in document order and replaces older versions", () => {
    const merged = mergeAnnotations([a("x", 1, 10), a("y", 1, 30)], [a("z", 1, 20), a("y", 2, 30)], [], order);
    expect(merged.map((item) => `${item.id}@${item.version}`)).toEqual(["x@1", "z@1", "y@2"]);
  });

  it("never lets an older copy overwrite a newer one", () => {
    expect(mergeAnnotations([a("x", 3, 10)], [a("x", 2, 10)], [], order)[0].version).toBe(3);
  });

  it("removes the gone ones", () => {
    expect(mergeAnnotations([a("x", 1, 10), a("y", 1, 30)], [], ["x"], order).map((item) => item.id)).toEqual(["y"]);
  });
});

describe("touchedAnnotations", () => {
  it("collects annotations to refetch and threads to reload, once each", () => {
    const touched = touchedAnnotations([
      { type: "annotation.created", entityType: "annotation", entityId: "n1", annotationId: null },
      { type: "annotation.approved", entityType: "annotation", entityId: "n1", annotationId: null },
      { type: "comment.added", entityType: "comment", entityId: "c1", annotationId: "n2" },
      { type: "revision.saved", entityType: "article", entityId: "art", annotationId: null },
    ]);
    expect(touched).toEqual({ annotationIds: ["n1"], threadIds: ["n1", "n2"] });
  });
});
