import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { callRoute } from "@/test/integration/api-client";
import { newDraft, person, step, type TestPerson } from "../annotations/review-fixtures.test-helper";
import { GET as getAnnotationRoute } from "../annotations/[id]/route";
import { POST as reattachRoute } from "../annotations/[id]/reattach/route";
import { download } from "./[id]/export/export-fixtures.test-helper";
import { GET as progressRoute } from "./[id]/review-progress/route";
import { PUT as putArticle } from "./[id]/route";
import { POST as postArticle } from "./route";

const CLAIM = "Unemployment had doubled since 2020";
const KEPT = "The minister opened the new bridge on Monday.";
const TEXT = `${KEPT}\n${CLAIM}, the minister said.`;

/** An article with one claim, approved by a reviewer; `{ editor, reviewer, id, claimId }`. */
async function approvedClaim() {
  const editor = await person("editor", "Edith Editor");
  const reviewer = await person("reviewer", "Ravi Reviewer");
  const created = await callRoute(postArticle, { method: "POST", token: editor.token, body: { title: "Jobs", text: TEXT } });
  expect(created.status).toBe(201);
  const id = created.json.id as string;
  const draft = await newDraft(editor, id, CLAIM, "claim");
  await db().annotation.update({ where: { id: draft.id }, data: { verdict: "false" } });
  const submitted = await step("submit", editor, draft.id, { version: draft.version });
  const approved = await step("approve", reviewer, draft.id, { version: submitted.json.version });
  expect(approved.json.status).toBe("approved");
  return { editor, reviewer, id, claimId: draft.id };
}

const getAnnotation = (who: TestPerson, id: string) => callRoute(getAnnotationRoute, { method: "GET", token: who.token, params: { id } });
const progress = (who: TestPerson, id: string) => callRoute(progressRoute, { method: "GET", token: who.token, params: { id } });

async function expectUnpublished(who: TestPerson, articleId: string) {
  expect((await download(who.token, articleId, "?format=claimreview")).json).toEqual([]);
  const w3c = (await download(who.token, articleId, "?format=w3c")).json;
  expect(w3c.total).toBe(0);
  const csv = (await download(who.token, articleId, "?format=csv")).json as string;
  expect(csv).not.toContain(CLAIM);
  expect((await download(who.token, articleId, "?format=html")).json).toContain("No approved annotations yet.");
  const state = (await progress(who, articleId)).json;
  expect(state).toMatchObject({ complete: false, state: "in_progress", open: 1, counts: { approved: 0, needs_rereview: 1 } });
}

describe("an approved annotation whose text is deleted", () => {
  it("goes to needs re-review (orphaned), is left out of every approved-only export and keeps the article incomplete", async () => {
    const { editor, reviewer, id, claimId } = await approvedClaim();
    expect((await progress(editor, id)).json.complete).toBe(true);

    const saved = await callRoute(putArticle, { method: "PUT", token: editor.token, params: { id }, body: { text: KEPT, revision: 1 } });
    expect(saved.status).toBe(200);
    expect(saved.json.annotations[0]).toMatchObject({ id: claimId, result: "orphaned", status: "needs_rereview", previousStatus: "approved", anchorState: "orphaned" });

    const annotation = (await getAnnotation(editor, claimId)).json;
    expect(annotation).toMatchObject({ status: "needs_rereview", anchorState: "orphaned", previousExact: CLAIM });
    await expectUnpublished(reviewer, id);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: claimId, action: "reanchor" } });
    expect(audit.after).toMatchObject({ status: "needs_rereview", anchorState: "orphaned", result: "orphaned" });

    // It can't be approved again until someone re-attaches it; the server says why.
    const refused = await step("approve", reviewer, claimId, { version: annotation.version });
    expect(refused.status).toBe(409);
    expect(refused.json.error.message).toMatch(/no longer in the article.*Re-attach it/);
    expect(refused.json.error.details).toMatchObject({ refusal: "orphaned" });
    expect((await db().annotation.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("needs_rereview");
  });

  it("needs a fresh review once re-attached, then can be approved and is published again", async () => {
    const { editor, reviewer, id, claimId } = await approvedClaim();
    await callRoute(putArticle, { method: "PUT", token: editor.token, params: { id }, body: { text: `${KEPT}\nJobless numbers rose.`, revision: 1 } });
    const orphan = (await getAnnotation(editor, claimId)).json;
    const target = "Jobless numbers rose";
    const start = Array.from(`${KEPT}\n`).length;
    const reattached = await callRoute(reattachRoute, {
      method: "POST",
      token: editor.token,
      params: { id: claimId },
      body: { start, end: start + target.length, version: orphan.version, revision: 2 },
    });
    expect(reattached.status).toBe(200);
    expect(reattached.json).toMatchObject({ status: "needs_rereview", anchorState: "anchored", exact: target });
    expect((await download(reviewer.token, id, "?format=claimreview")).json).toEqual([]);

    const approved = await step("approve", reviewer, claimId, { version: reattached.json.version });
    expect(approved.status).toBe(200);
    expect((await download(reviewer.token, id, "?format=claimreview")).json).toMatchObject({ claimReviewed: target });
    expect((await progress(reviewer, id)).json.complete).toBe(true);
  });

  it("a re-attached approval (left approved by older data) needs a fresh review too", async () => {
    const { editor, id, claimId } = await approvedClaim();
    await callRoute(putArticle, { method: "PUT", token: editor.token, params: { id }, body: { text: KEPT, revision: 1 } });
    await db().annotation.update({ where: { id: claimId }, data: { status: "approved" } });
    const orphan = (await getAnnotation(editor, claimId)).json;
    const reattached = await callRoute(reattachRoute, { method: "POST", token: editor.token, params: { id: claimId }, body: { start: 4, end: 12, version: orphan.version } });
    expect(reattached.json).toMatchObject({ status: "needs_rereview", anchorState: "anchored" });
  });

  it("is left out of exports and progress even when a stored row still says approved (data from before the fix)", async () => {
    const { editor, reviewer, id, claimId } = await approvedClaim();
    await callRoute(putArticle, { method: "PUT", token: editor.token, params: { id }, body: { text: KEPT, revision: 1 } });
    await db().annotation.update({ where: { id: claimId }, data: { status: "approved" } });
    await expectUnpublished(reviewer, id);
  });
});

describe("migration 20261130190100_orphaned_approvals_need_rereview", () => {
  const sql = readFileSync(join(process.cwd(), "prisma/migrations/20261130190100_orphaned_approvals_need_rereview/migration.sql"), "utf8");

  it("moves stored orphaned (and changed) approvals to needs re-review with an audit row, and leaves the rest alone", async () => {
    const { editor, id, claimId } = await approvedClaim();
    await callRoute(putArticle, { method: "PUT", token: editor.token, params: { id }, body: { text: KEPT, revision: 1 } });
    // A row as an older release left it: orphaned, still approved.
    await db().annotation.update({ where: { id: claimId }, data: { status: "approved" } });
    const kept = await newDraft(editor, id, "new bridge", "claim");
    await db().annotation.update({ where: { id: kept.id }, data: { status: "approved" } });
    const before = await db().annotation.findUniqueOrThrow({ where: { id: claimId } });

    class RollBack extends Error {}
    // Run inside a transaction that is rolled back: other tests' rows in this database stay as they are.
    await expect(
      db().$transaction(async (tx) => {
        await tx.$executeRawUnsafe(sql);
        const moved = await tx.annotation.findUniqueOrThrow({ where: { id: claimId } });
        expect(moved).toMatchObject({ status: "needs_rereview", anchorState: "orphaned", version: before.version + 1, exact: before.exact });
        expect((await tx.annotation.findUniqueOrThrow({ where: { id: kept.id } })).status).toBe("approved");
        const audit = await tx.auditEvent.findFirstOrThrow({ where: { entityId: claimId, action: "reanchor", actorId: null } });
        expect(audit).toMatchObject({
          actorId: null,
          articleId: id,
          type: "annotation.reanchored",
          before: { status: "approved", anchorState: "orphaned" },
          after: expect.objectContaining({ status: "needs_rereview" }),
        });
        throw new RollBack();
      }),
    ).rejects.toBeInstanceOf(RollBack);
  });
});
