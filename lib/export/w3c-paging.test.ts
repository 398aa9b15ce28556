import { describe, expect, it } from "vitest";
import type { ExportInput } from "./export-types";
import { annotate, emptyInput, ENGLISH_TEXT, englishInput } from "./sample-input.test-helper";
import { buildW3cAnnotationCollection, buildW3cAnnotationPage, serialiseW3cAnnotationPage, W3C_ANNOTATION_CONTEXT, W3C_PAGE_SIZE, type W3cAnnotation } from "./w3c-annotation";
import { failedW3cMusts } from "./w3c-conformance.test-helper";

const COLLECTION = "https://factdesk.example.org/api/articles/art-1/export?format=w3c&scope=all";
const idOf = (item: W3cAnnotation) => item.id.split("/").pop();
const hasPosition = (item: W3cAnnotation) => item.target.selector.some((s) => s.type === "TextPositionSelector");

describe("W3C collection paging", () => {
  const input = englishInput(true); // 9 annotations
  const pageSize = 4;

  it("links first and last pages, the first embedded with a next link", () => {
    const collection = buildW3cAnnotationCollection(input, { pageSize });
    expect(collection.total).toBe(9);
    expect(collection.first?.id).toBe(`${COLLECTION}&page=1`);
    expect(collection.first?.startIndex).toBe(0);
    expect(collection.first?.items).toHaveLength(4);
    expect(collection.first?.next).toBe(`${COLLECTION}&page=2`);
    expect(collection.first?.prev).toBeUndefined();
    expect(collection.last).toBe(`${COLLECTION}&page=3`);
  });

  it("returns each page by number, standing alone, with partOf, startIndex, next and prev", () => {
    const second = buildW3cAnnotationPage(input, 2, { pageSize })!;
    expect(second["@context"]).toBe(W3C_ANNOTATION_CONTEXT);
    expect(second.id).toBe(`${COLLECTION}&page=2`);
    expect(second.type).toBe("AnnotationPage");
    expect(second.partOf).toEqual({ id: COLLECTION, total: 9 });
    expect(second.startIndex).toBe(4);
    expect(second.prev).toBe(`${COLLECTION}&page=1`);
    expect(second.next).toBe(`${COLLECTION}&page=3`);
    const last = buildW3cAnnotationPage(input, 3, { pageSize })!;
    expect(last.startIndex).toBe(8);
    expect(last.items).toHaveLength(1);
    expect(last.next).toBeUndefined();
    expect(last.prev).toBe(`${COLLECTION}&page=2`);
  });

  it("pages through every annotation once, in the collection's order", () => {
    const all = buildW3cAnnotationCollection(input, { pageSize: 100 }).first!.items.map(idOf);
    const paged = [1, 2, 3].flatMap((n) => buildW3cAnnotationPage(input, n, { pageSize })!.items.map(idOf));
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(9);
  });

  it("has no page past the last, and none at all for an empty collection", () => {
    expect(buildW3cAnnotationPage(input, 4, { pageSize })).toBeNull();
    expect(buildW3cAnnotationPage(input, 0, { pageSize })).toBeNull();
    expect(buildW3cAnnotationPage(emptyInput(), 1)).toBeNull();
    expect(serialiseW3cAnnotationPage(emptyInput(), 1)).toBeNull();
  });

  it("puts a whole article's annotations on one page by default", () => {
    expect(W3C_PAGE_SIZE).toBeGreaterThanOrEqual(100);
    const collection = buildW3cAnnotationCollection(input);
    expect(collection.first?.items).toHaveLength(9);
    expect(collection.last).toBe(collection.first?.id);
    expect(collection.first?.next).toBeUndefined();
    expect(JSON.parse(serialiseW3cAnnotationPage(input, 1)!).items).toHaveLength(9);
  });

  it("gives every annotation in a page its own @context, so it conforms when taken out", () => {
    const pages = [buildW3cAnnotationCollection(input, { pageSize }).first!, buildW3cAnnotationPage(input, 2, { pageSize })!];
    for (const page of pages) {
      for (const item of page.items) {
        expect(item["@context"]).toBe(W3C_ANNOTATION_CONTEXT);
        expect(failedW3cMusts(JSON.parse(JSON.stringify(item))), item.id).toEqual([]);
      }
    }
  });
});

describe("W3C annotations not placed in the current revision", () => {
  const orphanOf = (exported: ExportInput) => buildW3cAnnotationCollection(exported).first!.items.find((a) => idOf(a) === "a-orphan");

  it("carry only a TextQuoteSelector, a not-placed tag and a comment saying so", () => {
    const orphan = orphanOf(englishInput(true))!;
    expect(orphan.target.selector.map((selector) => selector.type)).toEqual(["TextQuoteSelector"]);
    expect(orphan.target.selector[0]).toMatchObject({ exact: "a sentence that was since removed" });
    expect(orphan.body).toContainEqual({ type: "TextualBody", purpose: "tagging", value: "not-placed", format: "text/plain" });
    expect(orphan.body).toContainEqual({
      type: "TextualBody",
      purpose: "commenting",
      value: "Not placed in the current revision (3): the quoted text was not found where it was annotated, so no position is given.",
      format: "text/plain",
    });
    expect(failedW3cMusts(orphan)).toEqual([]);
  });

  it("are the same whether the quote was orphaned or its positions no longer hold it", () => {
    const input = englishInput(true);
    const stale = annotate(ENGLISH_TEXT, "a-stale", { kind: "quote", quote: "Ministers met", fields: { speaker: "X", saidWhere: "", saidOn: null, wordingVerified: false } });
    input.annotations.push({ ...stale, start: stale.start + 1, end: stale.end + 1 });
    const item = buildW3cAnnotationCollection(input).first!.items.find((a) => idOf(a) === "a-stale")!;
    expect(hasPosition(item)).toBe(false);
    expect(item.body.some((body) => body.type === "TextualBody" && body.value === "not-placed")).toBe(true);
  });

  it("placed annotations have a position and no not-placed marker", () => {
    const items = buildW3cAnnotationCollection(englishInput(true)).first!.items.filter((a) => idOf(a) !== "a-orphan");
    for (const item of items) {
      expect(hasPosition(item), item.id).toBe(true);
      expect(item.body.some((body) => body.type === "TextualBody" && body.value === "not-placed")).toBe(false);
    }
  });

  it("are left out of approved-only exports, and out of their total", () => {
    const approved = englishInput(false);
    expect(approved.annotations.find((a) => a.id === "a-orphan")?.status).toBe("approved");
    const collection = buildW3cAnnotationCollection(approved);
    expect(orphanOf(approved)).toBeUndefined();
    expect(collection.total).toBe(5);
    expect(buildW3cAnnotationPage(approved, 1)!.partOf.total).toBe(5);
  });
});
