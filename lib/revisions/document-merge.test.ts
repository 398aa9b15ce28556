import { describe, expect, it } from "vitest";
import { documentToText } from "../anchoring/document-text";
import { mergeDocuments } from "./document-merge";
import { bold, doc, h, p, paragraphs, quote, text, ul } from "./test-support/documents";

const BASE = paragraphs("First paragraph stays.", "The mayor spoke on Monday.", "Taxes rise by 3%.", "Last paragraph.");

describe("mergeDocuments", () => {
  it("merges edits to different paragraphs", () => {
    const mine = paragraphs("First paragraph stays.", "The mayor spoke on Tuesday.", "Taxes rise by 3%.", "Last paragraph.");
    const theirs = paragraphs("First paragraph stays.", "The mayor spoke on Monday.", "Taxes rise by 4%.", "Last paragraph.");
    const result = mergeDocuments(BASE, mine, theirs);
    expect(result.clean).toBe(true);
    expect(result.doc).toEqual(paragraphs("First paragraph stays.", "The mayor spoke on Tuesday.", "Taxes rise by 4%.", "Last paragraph."));
    expect(result.conflicts).toEqual([]);
  });

  it("takes the other side when one side changed nothing", () => {
    const changed = paragraphs("Only", "this");
    expect(mergeDocuments(BASE, BASE, changed).doc).toEqual(changed);
    expect(mergeDocuments(BASE, changed, BASE).doc).toEqual(changed);
  });

  it("merges edits to different words of the same paragraph", () => {
    const mine = paragraphs("First paragraph stays.", "The mayor spoke on Tuesday.", "Taxes rise by 3%.", "Last paragraph.");
    const theirs = paragraphs("First paragraph stays.", "The governor spoke on Monday.", "Taxes rise by 3%.", "Last paragraph.");
    expect(mergeDocuments(BASE, mine, theirs)).toMatchObject({ clean: true, doc: paragraphs("First paragraph stays.", "The governor spoke on Tuesday.", "Taxes rise by 3%.", "Last paragraph.") });
  });

  it("reports overlapping edits as a conflict with its place, keeping the rest merged", () => {
    const mine = paragraphs("First paragraph changed.", "The mayor spoke on Tuesday.", "Taxes rise by 3%.", "Last paragraph.");
    const theirs = paragraphs("First paragraph stays.", "The mayor spoke on Friday.", "Taxes rise by 3%.", "Last paragraph!");
    const result = mergeDocuments(BASE, mine, theirs);
    expect(result.clean).toBe(false);
    expect(result.conflicts).toEqual([{ id: 0, base: [p("The mayor spoke on Monday.")], mine: [p("The mayor spoke on Tuesday.")], theirs: [p("The mayor spoke on Friday.")], baseAt: 1, at: 1 }]);
    expect(result.doc).toEqual(paragraphs("First paragraph changed.", "The mayor spoke on Friday.", "Taxes rise by 3%.", "Last paragraph!"));
    expect(result.chunks.map((c) => c.kind)).toEqual(["clean", "conflict", "clean"]);
  });

  it("takes identical edits once", () => {
    const both = paragraphs("First paragraph stays.", "The mayor spoke on Friday.", "Taxes rise by 3%.", "Last paragraph.");
    expect(mergeDocuments(BASE, both, both)).toMatchObject({ clean: true, doc: both });
  });

  it("reports different paragraphs inserted at the same place as a conflict", () => {
    const mine = doc(...BASE.content!.slice(0, 2), p("Mine, new."), ...BASE.content!.slice(2));
    const theirs = doc(...BASE.content!.slice(0, 2), p("Theirs, new."), ...BASE.content!.slice(2));
    const result = mergeDocuments(BASE, mine, theirs);
    expect(result.conflicts).toEqual([{ id: 0, base: [], mine: [p("Mine, new.")], theirs: [p("Theirs, new.")], baseAt: 2, at: 2 }]);
  });

  it("takes the same paragraph inserted at the same place once", () => {
    const both = doc(...BASE.content!.slice(0, 2), p("Both, new."), ...BASE.content!.slice(2));
    expect(mergeDocuments(BASE, both, both)).toMatchObject({ clean: true, doc: both });
  });

  it("merges paragraphs inserted at different places", () => {
    const mine = doc(p("Top."), ...BASE.content!);
    const theirs = doc(...BASE.content!, p("Bottom."));
    expect(mergeDocuments(BASE, mine, theirs).doc).toEqual(doc(p("Top."), ...BASE.content!, p("Bottom.")));
  });

  it("reports a deleted paragraph the other side edited as a conflict", () => {
    const mine = doc(BASE.content![0], BASE.content![2], BASE.content![3]);
    const theirs = paragraphs("First paragraph stays.", "The mayor spoke on Friday.", "Taxes rise by 3%.", "Last paragraph.");
    const result = mergeDocuments(BASE, mine, theirs);
    expect(result.conflicts).toEqual([{ id: 0, base: [p("The mayor spoke on Monday.")], mine: [], theirs: [p("The mayor spoke on Friday.")], baseAt: 1, at: 1 }]);
  });

  it("merges a deletion with an edit of another paragraph", () => {
    const mine = doc(BASE.content![0], BASE.content![2], BASE.content![3]);
    const theirs = paragraphs("First paragraph stays.", "The mayor spoke on Monday.", "Taxes rise by 3%.", "Last paragraph, edited.");
    expect(mergeDocuments(BASE, mine, theirs).doc).toEqual(paragraphs("First paragraph stays.", "Taxes rise by 3%.", "Last paragraph, edited."));
  });

  it("treats a move as an edit: merged when the other side left the text alone, a conflict when it edited it", () => {
    const moved = doc(BASE.content![0], BASE.content![2], BASE.content![3], BASE.content![1]);
    const editedFirst = paragraphs("First one.", "The mayor spoke on Monday.", "Taxes rise by 3%.", "Last paragraph.");
    expect(mergeDocuments(BASE, moved, editedFirst)).toMatchObject({ clean: true, doc: doc(p("First one."), BASE.content![2], BASE.content![3], BASE.content![1]) });
    const editedMoved = paragraphs("First paragraph stays.", "The mayor spoke on Friday.", "Taxes rise by 3%.", "Last paragraph.");
    const result = mergeDocuments(BASE, moved, editedMoved);
    expect(result.clean).toBe(false);
    const everything = JSON.stringify(result.conflicts);
    expect(everything).toContain("Friday");
    expect(everything).toContain("Monday");
  });

  it("merges edits to different items of one list", () => {
    const base = doc(p("Intro."), ul("one", "two", "three"));
    const mine = doc(p("Intro."), ul("ONE", "two", "three"));
    const theirs = doc(p("Intro."), ul("one", "two", "THREE"));
    expect(mergeDocuments(base, mine, theirs)).toMatchObject({ clean: true, doc: doc(p("Intro."), ul("ONE", "two", "THREE")) });
  });

  it("merges an item added to a list with an edit of another item", () => {
    const base = doc(ul("one", "two"));
    expect(mergeDocuments(base, doc(ul("one", "two", "three")), doc(ul("uno", "two"))).doc).toEqual(doc(ul("uno", "two", "three")));
  });

  it("reports a conflict inside a list as the whole list, each side keeping the other's clean edits", () => {
    const base = doc(ul("one", "two", "three"));
    const result = mergeDocuments(base, doc(ul("ONE", "two", "three (mine)")), doc(ul("one", "two", "three (theirs)")));
    expect(result.conflicts).toEqual([{ id: 0, base: [ul("one", "two", "three")], mine: [ul("ONE", "two", "three (mine)")], theirs: [ul("ONE", "two", "three (theirs)")], baseAt: 0, at: 0 }]);
  });

  it("merges edits to different paragraphs of a blockquote", () => {
    const base = doc(quote("said one", "said two"));
    expect(mergeDocuments(base, doc(quote("said 1", "said two")), doc(quote("said one", "said 2"))).doc).toEqual(doc(quote("said 1", "said 2")));
  });

  it("reports a heading level change against a text edit of the heading as a conflict", () => {
    const base = doc(h(2, "Budget"), p("x"));
    const result = mergeDocuments(base, doc(h(3, "Budget"), p("x")), doc(h(2, "Budget 2026"), p("x")));
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({ mine: [h(3, "Budget")], theirs: [h(2, "Budget 2026")] });
  });

  it("keeps marks through a word-level merge", () => {
    const base = doc(p(text("The "), bold("mayor"), text(" spoke on Monday.")));
    const mine = doc(p(text("The "), bold("mayor"), text(" spoke on Tuesday.")));
    const theirs = doc(p(text("Our "), bold("mayor"), text(" spoke on Monday.")));
    expect(mergeDocuments(base, mine, theirs).doc).toEqual(doc(p(text("Our "), bold("mayor"), text(" spoke on Tuesday."))));
  });

  it("ignores key order (documents read back from jsonb)", () => {
    const reordered = JSON.parse(JSON.stringify(BASE).replace(/\{"type":"text","text":("[^"]*")\}/g, '{"text":$1,"type":"text"}'));
    const mine = paragraphs("First paragraph stays.", "The mayor spoke on Tuesday.", "Taxes rise by 3%.", "Last paragraph.");
    const result = mergeDocuments(reordered, mine, reordered);
    expect(result).toMatchObject({ clean: true });
    expect(documentToText(result.doc)).toBe(documentToText(mine));
  });

  it("merges empty documents", () => {
    expect(mergeDocuments(doc(), doc(), doc())).toEqual({ clean: true, doc: doc(), chunks: [], conflicts: [] });
    expect(mergeDocuments(doc(), paragraphs("new"), doc()).doc).toEqual(paragraphs("new"));
    expect(mergeDocuments(doc(), paragraphs("mine"), paragraphs("theirs")).conflicts).toHaveLength(1);
    expect(mergeDocuments(doc(p()), doc(p("typed")), doc(p())).doc).toEqual(doc(p("typed")));
  });

  it("merges a paragraph inserted next to a paragraph the same side edited", () => {
    const mine = paragraphs("First paragraph stays.", "The mayor spoke on Monday.", "Taxes rise by 3%, he said.", "Last paragraph.");
    const theirs = paragraphs("First paragraph stays.", "The mayor spoke on Monday.", "A new paragraph.", "Taxes now rise by 3%.", "Last paragraph.");
    expect(mergeDocuments(BASE, mine, theirs)).toMatchObject({
      clean: true,
      doc: paragraphs("First paragraph stays.", "The mayor spoke on Monday.", "A new paragraph.", "Taxes now rise by 3%, he said.", "Last paragraph."),
    });
  });

  it("merges a paragraph split on one side with an edit of another paragraph", () => {
    const mine = paragraphs("First paragraph stays.", "The mayor spoke.", "On Monday.", "Taxes rise by 3%.", "Last paragraph.");
    const theirs = paragraphs("First paragraph stays.", "The mayor spoke on Monday.", "Taxes rise by 4%.", "Last paragraph.");
    expect(mergeDocuments(BASE, mine, theirs).doc).toEqual(paragraphs("First paragraph stays.", "The mayor spoke.", "On Monday.", "Taxes rise by 4%.", "Last paragraph."));
  });

  it("numbers conflicts and places each in the merged-so-far document", () => {
    const base = paragraphs("a one", "b two", "c three", "d four");
    const result = mergeDocuments(base, paragraphs("a mine", "new mine", "b two", "c three", "d mine"), paragraphs("a theirs", "b two", "c three", "d theirs"));
    expect(result.conflicts.map(({ id, baseAt, at }) => ({ id, baseAt, at }))).toEqual([
      { id: 0, baseAt: 0, at: 0 },
      { id: 1, baseAt: 3, at: 4 },
    ]);
    expect(result.conflicts[0]).toMatchObject({ base: [p("a one")], mine: [p("a mine")], theirs: [p("a theirs")] });
    expect(result.doc).toEqual(paragraphs("a theirs", "new mine", "b two", "c three", "d theirs"));
  });

  it("loses no paragraph of either side when they edit different paragraphs (random)", () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const base = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} says something.`);
      const mine = base.map((x, i) => (i % 2 === 0 && random() < 0.4 ? `${x} Mine ${round}.` : x));
      const theirs = base.map((x, i) => (i % 2 === 1 && random() < 0.4 ? `${x} Theirs ${round}.` : x));
      const result = mergeDocuments(paragraphs(...base), paragraphs(...mine), paragraphs(...theirs));
      expect(result.doc).toEqual(paragraphs(...base.map((x, i) => (mine[i] !== x ? mine[i] : theirs[i]))));
    }
  });
});
