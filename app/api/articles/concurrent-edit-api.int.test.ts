import { describe, expect, it } from "vitest";
import type { PmNodeJson } from "@/lib/anchoring/node-kinds";
import { resolveMerge } from "@/lib/revisions/resolve-merge";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { db } from "@/lib/server/db/prisma";
import type { MergeConflictDetails } from "@/lib/server/revisions/revision-dto";
import { saveRevision } from "@/lib/server/revisions/save-revision";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { PUT as putArticle } from "./[id]/route";
import { POST as postArticle } from "./route";

const PARAGRAPHS = [
  "The council met on Monday to discuss the budget.",
  "Officials said taxes would rise by three percent next year.",
  "The mayor called the plan fair and necessary for the city.",
  "Residents will be able to comment until the end of the month.",
];
const TEXT = PARAGRAPHS.join("\n");
const withParagraph = (index: number, text: string, paragraphs = PARAGRAPHS) => paragraphs.map((p, i) => (i === index ? text : p));

/** An article by a first editor, annotated on its third paragraph, and a second editor; both with API tokens. */
async function sharedArticle() {
  const alice = await createTestUser("editor", { name: "Alice Editor" });
  const bob = await createTestUser("editor", { name: "Bob Editor" });
  const [aliceToken, bobToken] = await Promise.all([tokenFor(alice), tokenFor(bob)]);
  const created = await callRoute(postArticle, { method: "POST", token: aliceToken, body: { title: "Budget", text: TEXT } });
  expect(created.status).toBe(201);
  const id = created.json.id as string;
  const content = { kind: "quote", fields: { speaker: "The mayor", saidWhere: "", saidOn: null, wordingVerified: true }, note: "", evidence: [] } as AnnotationContent;
  const quote = await createAnnotation(alice, id, { content, placement: { selector: { exact: "called the plan fair and necessary" } } });
  if (!quote.ok) throw new Error(quote.error.message);
  return { alice, bob, aliceToken, bobToken, id, quoteId: quote.value.id };
}

const put = (token: string, id: string, body: unknown) => callRoute(putArticle, { method: "PUT", token, params: { id }, body });
const revisionCount = (articleId: string) => db().articleRevision.count({ where: { articleId } });

describe("saving on an older revision: three-way merge with the current one", () => {
  it("merges edits to different paragraphs into the next revision, re-anchors and says it was merged", async () => {
    const { aliceToken, bobToken, bob, id, quoteId } = await sharedArticle();
    const alices = withParagraph(0, "The council met on Tuesday to discuss the budget.");
    expect((await put(aliceToken, id, { text: alices.join("\n"), revision: 1 })).status).toBe(200);

    const bobs = withParagraph(3, "Residents can comment until the end of the month.");
    const response = await put(bobToken, id, { text: bobs.join("\n"), revision: 1 });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ created: true, revision: { number: 3 }, merged: { withRevision: 2, savedBy: "Alice Editor", editedRevision: 1 } });

    const expected = withParagraph(3, "Residents can comment until the end of the month.", alices).join("\n");
    const saved = await db().articleRevision.findUniqueOrThrow({ where: { articleId_number: { articleId: id, number: 3 } } });
    expect(saved.text).toBe(expected);
    expect(saved.createdById).toBe(bob.id);
    expect(saved.mergedWith).toBe(2);
    const quote = await db().annotation.findUniqueOrThrow({ where: { id: quoteId } });
    expect(quote.revisionId).toBe(saved.id);
    expect(expected.slice(quote.start, quote.end)).toBe("called the plan fair and necessary");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { articleId: id, type: "revision.saved" }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({ revision: 3, editedRevision: 1, mergedWith: 2 });
  });

  it("merges edits to different words of the same paragraph", async () => {
    const { aliceToken, bobToken, id } = await sharedArticle();
    expect((await put(aliceToken, id, { text: withParagraph(1, "Officials said taxes would rise by four percent next year.").join("\n"), revision: 1 })).status).toBe(200);
    const response = await put(bobToken, id, { text: withParagraph(1, "Officials said rates would rise by three percent next year.").join("\n"), revision: 1 });
    expect(response.status).toBe(200);
    const saved = await db().articleRevision.findUniqueOrThrow({ where: { articleId_number: { articleId: id, number: 3 } } });
    expect(saved.text.split("\n")[1]).toBe("Officials said rates would rise by four percent next year.");
  });

  it("answers 409 merge_conflict with the hunks and saves nothing; the resolution saved against the current revision keeps both", async () => {
    const { aliceToken, bobToken, id } = await sharedArticle();
    expect((await put(aliceToken, id, { text: withParagraph(1, "Officials said taxes would rise by four percent next year.").join("\n"), revision: 1 })).status).toBe(200);
    const auditsBefore = await db().auditEvent.count({ where: { articleId: id } });

    const bobs = withParagraph(3, "Residents have until June to comment.", withParagraph(1, "Officials said taxes would rise by five percent next year."));
    const refused = await put(bobToken, id, { text: bobs.join("\n"), revision: 1 });
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("merge_conflict");
    expect(refused.json.error.message).toMatch(/Alice Editor saved revision 2 while you were editing revision 1/);
    const details = refused.json.error.details as MergeConflictDetails;
    expect(details).toMatchObject({ currentRevision: 2, editedRevision: 1, savedBy: "Alice Editor" });
    expect(details.conflicts).toHaveLength(1);
    expect(details.conflicts[0]).toMatchObject({ id: 0, baseAt: 1, at: 1 });
    const textOf = (blocks: PmNodeJson[]) => blocks.map((b) => b.content?.map((t) => t.text).join("")).join("\n");
    expect(textOf(details.conflicts[0].base)).toBe(PARAGRAPHS[1]);
    expect(textOf(details.conflicts[0].theirs)).toBe("Officials said taxes would rise by four percent next year.");
    expect(textOf(details.conflicts[0].mine)).toBe("Officials said taxes would rise by five percent next year.");
    // The merged-so-far document already has Bob's clean edit of the last paragraph.
    expect(textOf(details.doc.content ?? [])).toContain("Residents have until June to comment.");
    expect(await revisionCount(id)).toBe(2);
    expect(await db().auditEvent.count({ where: { articleId: id } })).toBe(auditsBefore);

    const resolved = resolveMerge(details.doc, details.conflicts, new Map([[0, { choice: "both" }]]));
    if (!resolved.ok) throw new Error("unresolved");
    const saved = await put(bobToken, id, { doc: resolved.doc, revision: details.currentRevision });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ created: true, revision: { number: 3 }, merged: null });
    expect((await db().articleRevision.findUniqueOrThrow({ where: { articleId_number: { articleId: id, number: 3 } } })).mergedWith).toBeNull();
    const text = (await db().articleRevision.findUniqueOrThrow({ where: { articleId_number: { articleId: id, number: 3 } } })).text;
    expect(text).toContain("by four percent");
    expect(text).toContain("by five percent");
    expect(text).toContain("Residents have until June to comment.");
  });

  it("merges a save that lost the race with the one that won it", async () => {
    const { alice, bob, id } = await sharedArticle();
    const results = await Promise.all([
      saveRevision(alice, id, { body: { text: withParagraph(0, "The council met on Tuesday to discuss the budget.").join("\n") }, source: "text", expectedRevision: 1 }),
      saveRevision(bob, id, { body: { text: withParagraph(3, "Residents can comment until June.").join("\n") }, source: "text", expectedRevision: 1 }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const latest = await db().articleRevision.findUniqueOrThrow({ where: { articleId_number: { articleId: id, number: 3 } } });
    expect(latest.text).toContain("met on Tuesday");
    expect(latest.text).toContain("comment until June.");
  });

  it("refuses a revision that does not exist yet", async () => {
    const { bobToken, id } = await sharedArticle();
    const response = await put(bobToken, id, { text: TEXT.replace("Monday", "Friday"), revision: 5 });
    expect(response.status).toBe(409);
    expect(response.json.error.code).toBe("conflict");
    expect(response.json.error.message).toMatch(/at revision 1; there is no revision 5/);
    expect(await revisionCount(id)).toBe(1);
  });
});
