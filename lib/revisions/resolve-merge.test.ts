import { describe, expect, it } from "vitest";
import { mergeDocuments } from "./document-merge";
import { resolveMerge, type ConflictResolution } from "./resolve-merge";
import { doc, p, paragraphs } from "./test-support/documents";

const BASE = paragraphs("Intro.", "The mayor spoke on Monday.", "Middle.", "Taxes rise by 3%.", "End.");
const MINE = paragraphs("Intro, edited by me.", "The mayor spoke on Tuesday.", "Middle.", "Taxes rise by 5%.", "End.");
const THEIRS = paragraphs("Intro.", "The mayor spoke on Friday.", "Middle.", "Taxes rise by 4%.", "End, edited by them.");

function resolve(choices: ConflictResolution[]) {
  const merge = mergeDocuments(BASE, MINE, THEIRS);
  return resolveMerge(merge.doc, merge.conflicts, new Map(choices.map((choice, id) => [id, choice])));
}

describe("resolveMerge", () => {
  it("says which conflicts still need a choice", () => {
    const merge = mergeDocuments(BASE, MINE, THEIRS);
    expect(merge.conflicts).toHaveLength(2);
    expect(resolveMerge(merge.doc, merge.conflicts, new Map([[1, { choice: "mine" }]]))).toEqual({ ok: false, unresolved: [0] });
  });

  it("keeps mine, keeps theirs, keeps both, or takes hand-edited blocks, with the clean changes of both sides around them", () => {
    expect(resolve([{ choice: "mine" }, { choice: "theirs" }])).toEqual({
      ok: true,
      doc: paragraphs("Intro, edited by me.", "The mayor spoke on Tuesday.", "Middle.", "Taxes rise by 4%.", "End, edited by them."),
    });
    expect(resolve([{ choice: "both" }, { choice: "edited", blocks: [p("Taxes rise by 4.5%.")] }])).toEqual({
      ok: true,
      doc: paragraphs("Intro, edited by me.", "The mayor spoke on Friday.", "The mayor spoke on Tuesday.", "Middle.", "Taxes rise by 4.5%.", "End, edited by them."),
    });
  });

  it("lets a hand edit remove the passage", () => {
    expect(resolve([{ choice: "edited", blocks: [] }, { choice: "mine" }])).toEqual({
      ok: true,
      doc: paragraphs("Intro, edited by me.", "Middle.", "Taxes rise by 5%.", "End, edited by them."),
    });
  });

  it("refuses conflicts that do not fit the document", () => {
    const merge = mergeDocuments(BASE, MINE, THEIRS);
    const moved = merge.conflicts.map((c) => ({ ...c, at: c.at + 10 }));
    expect(() =>
      resolveMerge(
        merge.doc,
        moved,
        new Map([
          [0, { choice: "mine" }],
          [1, { choice: "mine" }],
        ]),
      ),
    ).toThrow(RangeError);
  });

  it("gives the merged document back when there was nothing to resolve", () => {
    const merge = mergeDocuments(doc(p("a")), doc(p("b")), doc(p("a")));
    expect(resolveMerge(merge.doc, merge.conflicts, new Map())).toEqual({ ok: true, doc: doc(p("b")) });
  });
});
