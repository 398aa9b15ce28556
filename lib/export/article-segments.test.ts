import { describe, expect, it } from "vitest";
import { segmentArticle, type ArticleItem } from "./article-segments";
import type { ExportAnnotation } from "./export-types";
import { annotate } from "./sample-input.test-helper";
import { numberAnnotations } from "./select-annotations";

const TEXT = "one two three four five\nsix seven";
const make = (id: string, quote: string, occurrence = 0): ExportAnnotation =>
  annotate(TEXT, id, { kind: "quote", quote, occurrence, fields: { speaker: "s", saidWhere: "", saidOn: null, wordingVerified: false } });

/** Compact view: text pieces as `text[ids]`, markers as `^id`. */
function view(text: string, annotations: ExportAnnotation[]): string[] {
  const numbered = numberAnnotations(text, annotations);
  const { paragraphs } = segmentArticle(text, numbered);
  const show = (item: ArticleItem) => (item.type === "marker" ? `^${numbered[item.entry].annotation.id}` : `${item.text}[${item.active.map((i) => numbered[i].annotation.id).join(",")}]`);
  return paragraphs.map((items) => items.map(show).join(" | "));
}

describe("segmentArticle", () => {
  it("gives plain paragraphs without annotations", () => {
    expect(view(TEXT, [])).toEqual(["one two three four five[]", "six seven[]"]);
  });

  it("splits at annotation boundaries and puts the marker after the end", () => {
    expect(view(TEXT, [make("A", "two three")])).toEqual(["one [] | two three[A] | ^A |  four five[]", "six seven[]"]);
  });

  it("nests: the outer annotation comes first in the active list", () => {
    expect(view(TEXT, [make("in", "three"), make("out", "two three four")])).toEqual(["one [] | two [out] | three[out,in] | ^in |  four[out] | ^out |  five[]", "six seven[]"]);
  });

  it("splits partial overlaps into three pieces", () => {
    expect(view(TEXT, [make("A", "two three"), make("B", "three four")])).toEqual(["one [] | two [A] | three[A,B] | ^A |  four[B] | ^B |  five[]", "six seven[]"]);
  });

  it("orders markers of annotations ending together by number", () => {
    expect(view(TEXT, [make("B", "three"), make("A", "two three")])[0]).toBe("one [] | two [A] | three[A,B] | ^A | ^B |  four five[]");
  });

  it("continues an annotation across a paragraph break, marker in the second paragraph", () => {
    expect(view(TEXT, [make("X", "five\nsix")])).toEqual(["one two three four [] | five[X]", "six[X] | ^X |  seven[]"]);
  });

  it("puts the marker of an annotation ending in a line break before the break", () => {
    expect(view(TEXT, [make("N", "five\n")])).toEqual(["one two three four [] | five[N] | ^N", "six seven[]"]);
  });

  it("keeps empty lines as empty paragraphs", () => {
    expect(view("a\n\nb", [])).toEqual(["a[]", "", "b[]"]);
  });

  it("gives overlapping annotations different lanes and reuses freed lanes", () => {
    const numbered = numberAnnotations(TEXT, [make("A", "one two three"), make("B", "two"), make("C", "four"), make("D", "three four")]);
    const { lanes } = segmentArticle(TEXT, numbered);
    const lane = (id: string) => lanes[numbered.findIndex((e) => e.annotation.id === id)];
    expect([lane("A"), lane("B"), lane("D"), lane("C")]).toEqual([0, 1, 1, 0]);
  });

  it("ignores unplaced annotations (lane -1)", () => {
    const orphan = { ...make("O", "two"), anchorState: "orphaned" as const };
    const numbered = numberAnnotations(TEXT, [orphan]);
    expect(segmentArticle(TEXT, numbered).lanes).toEqual([-1]);
    expect(view(TEXT, [orphan])).toEqual(["one two three four five[]", "six seven[]"]);
  });

  it("handles surrogate pairs at the boundaries", () => {
    const text = "a😀b😀c";
    const smile = annotate(text, "S", { kind: "claim", quote: "😀b😀", fields: { claimant: "x", verdict: "true", rationale: "" } });
    expect(view(text, [smile])).toEqual(["a[] | 😀b😀[S] | ^S | c[]"]);
  });
});
