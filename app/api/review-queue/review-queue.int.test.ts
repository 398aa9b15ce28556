import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { callRoute } from "@/test/integration/api-client";
import { newArticle, newDraft, person, step, submittedAnnotation, type TestPerson } from "../annotations/review-fixtures.test-helper";
import { GET as getProgress } from "../articles/[id]/review-progress/route";
import { POST as submitDrafts } from "../articles/[id]/submit/route";
import { GET as getQueue } from "./route";

type QueueItem = { annotation: { id: string; status: string; exact: string; selectors: unknown[] }; article: { id: string; title: string }; context: unknown; submittedAt: string | null };

async function queue(who: TestPerson, query: string) {
  const response = await callRoute(getQueue, { method: "GET", token: who.token, query });
  return response as { status: number; json: { items: QueueItem[]; total: number; forYou: number | null; error: { code: string; message: string; fieldErrors: Record<string, string> } } };
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

describe("review queue", () => {
  it("puts re-reviews first, then the oldest submission, with the sentence around each span", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle(undefined, "Queue order");
    const newer = await submittedAnnotation(author, article.id, "Critics disagreed!", "quote");
    const oldest = await submittedAnnotation(author, article.id, "taxes fell");
    const middle = await submittedAnnotation(author, article.id, "denied", "allegation");
    const rereview = await submittedAnnotation(author, article.id, "Was it true?");
    await db().annotation.update({ where: { id: newer.id }, data: { submittedAt: hoursAgo(1) } });
    await db().annotation.update({ where: { id: oldest.id }, data: { submittedAt: hoursAgo(3) } });
    await db().annotation.update({ where: { id: middle.id }, data: { submittedAt: hoursAgo(2) } });
    await step("approve", reviewer, rereview.id, { version: rereview.version });
    // The article text changed under the approved annotation (re-anchoring marks it so).
    await db().annotation.update({ where: { id: rereview.id }, data: { status: "needs_rereview", submittedAt: hoursAgo(0.5) } });
    await newDraft(author, article.id, "Officials"); // drafts are not in the queue
    const gone = await submittedAnnotation(author, article.id, "report");
    await db().annotation.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });

    const response = await queue(reviewer, `?article=${article.id}`);
    expect(response.status).toBe(200);
    expect(response.json.total).toBe(4);
    expect(response.json.items.map((item) => item.annotation.id)).toEqual([rereview.id, oldest.id, middle.id, newer.id]);
    const [first, second, third] = response.json.items;
    expect(first.annotation.status).toBe("needs_rereview");
    expect(first.article).toEqual({ id: article.id, title: "Queue order" });
    expect(Math.abs(Date.parse(second.submittedAt!) - hoursAgo(3).getTime())).toBeLessThan(60_000);
    expect(second.annotation.selectors).toHaveLength(2);
    expect(second.context).toEqual({ before: "The minister said ", exact: "taxes fell", after: " by 3.5 percent last year.", truncatedBefore: false, truncatedAfter: false });
    // Offsets are code points: the emoji before the span must not shift the context.
    expect(third.context).toMatchObject({ before: "Officials 👍🏽 ", exact: "denied", after: " the report." });
  });

  it("counts apart what the reader may decide: their own work waits for another reviewer", async () => {
    const [author, reviewer, other] = [await person("editor"), await person("reviewer"), await person("reviewer")];
    const article = await newArticle(undefined, "Whose work");
    await submittedAnnotation(author, article.id, "taxes fell");
    await submittedAnnotation(reviewer, article.id, "Critics disagreed!", "quote");
    const edited = await submittedAnnotation(author, article.id, "denied", "allegation");
    // The reviewer made the latest change to someone else's annotation: still their own work.
    await db().annotation.update({ where: { id: edited.id }, data: { lastEditedById: reviewer.id } });

    const mine = await queue(reviewer, `?article=${article.id}`);
    expect(mine.json).toMatchObject({ total: 3, forYou: 1 });
    expect((await queue(other, `?article=${article.id}`)).json).toMatchObject({ total: 3, forYou: 3 });
    // Editors follow the queue but decide nothing.
    expect((await queue(author, `?article=${article.id}`)).json).toMatchObject({ total: 3, forYou: null });
  });

  it("filters by article, kind, author and status, and refuses unknown values naming the field", async () => {
    const [alice, bob, reviewer] = [await person("editor"), await person("reviewer"), await person("reviewer")];
    const article = await newArticle();
    const other = await newArticle();
    const aliceClaim = await submittedAnnotation(alice, article.id, "taxes fell");
    const aliceQuote = await submittedAnnotation(alice, article.id, "Critics disagreed!", "quote");
    const bobClaim = await submittedAnnotation(bob, article.id, "Was it true?");
    const elsewhere = await submittedAnnotation(alice, other.id, "Officials");
    await db().annotation.update({ where: { id: bobClaim.id }, data: { status: "needs_rereview" } });

    const ids = async (query: string) => (await queue(reviewer, query)).json.items.map((item) => item.annotation.id).sort();
    expect(await ids(`?article=${article.id}`)).toEqual([aliceClaim.id, aliceQuote.id, bobClaim.id].sort());
    expect(await ids(`?article=${article.id}&kind=quote`)).toEqual([aliceQuote.id]);
    expect(await ids(`?article=${article.id}&kind=claim,quote&author=${alice.id}`)).toEqual([aliceClaim.id, aliceQuote.id].sort());
    expect(await ids(`?author=${alice.id}`)).toEqual([aliceClaim.id, aliceQuote.id, elsewhere.id].sort());
    expect(await ids(`?article=${article.id}&status=needs_rereview`)).toEqual([bobClaim.id]);
    expect(await ids(`?article=${article.id}&status=submitted&status=needs_rereview`)).toHaveLength(3);
    expect(await ids(`?article=${other.id}&kind=quote`)).toEqual([]);

    const bad = await queue(reviewer, "?status=approved&kind=opinion");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fieldErrors).sort()).toEqual(["kind.0", "status.0"]);
    expect(bad.json.error.message).toMatch(/status must be one of: needs_rereview, submitted/);
  });

  it("leaves out annotations of deleted articles", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    await submittedAnnotation(author, article.id, "taxes");
    await db().article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    expect((await queue(reviewer, `?article=${article.id}`)).json).toEqual({ items: [], total: 0, forYou: 0, nextCursor: null });
  });
});

describe("review progress", () => {
  it("counts annotations by status and is complete only when none is open", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const progress = async () => (await callRoute(getProgress, { method: "GET", token: author.token, params: { id: article.id } })).json;

    expect(await progress()).toMatchObject({ articleId: article.id, total: 0, complete: false, state: "empty" });
    const first = await submittedAnnotation(author, article.id, "taxes fell");
    const second = await submittedAnnotation(author, article.id, "Critics disagreed!");
    await newDraft(author, article.id, "Officials");
    expect(await progress()).toMatchObject({ total: 3, open: 3, complete: false, state: "in_progress", counts: { draft: 1, submitted: 2, approved: 0 } });

    await step("approve", reviewer, first.id, { version: first.version });
    await step("reject", reviewer, second.id, { version: second.version, reason: "Opinion, not a claim" });
    const [draft] = await db().annotation.findMany({ where: { articleId: article.id, status: "draft" } });
    await db().annotation.update({ where: { id: draft.id }, data: { deletedAt: new Date() } });
    expect(await progress()).toMatchObject({ total: 2, open: 0, complete: true, state: "complete", counts: { approved: 1, rejected: 1 } });

    await db().annotation.update({ where: { id: first.id }, data: { status: "needs_rereview" } });
    expect(await progress()).toMatchObject({ open: 1, complete: false, counts: { needs_rereview: 1 } });
    expect((await callRoute(getProgress, { method: "GET", token: author.token, params: { id: "missing" } })).status).toBe(404);
  });
});

describe("submit all drafts on an article", () => {
  it("submits only the caller's drafts on that article and says how many", async () => {
    const [author, colleague, reviewer] = [await person("editor"), await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const other = await newArticle();
    const mine = [await newDraft(author, article.id, "taxes fell"), await newDraft(author, article.id, "Critics", "quote")];
    const sentBack = await submittedAnnotation(author, article.id, "Was it true?");
    await step("request-changes", reviewer, sentBack.id, { version: sentBack.version, reason: "Source?" });
    const theirs = await newDraft(colleague, article.id, "Officials");
    const mineElsewhere = await newDraft(author, other.id, "denied");

    const response = await callRoute(submitDrafts, { method: "POST", token: author.token, params: { id: article.id } });
    expect(response.status).toBe(200);
    expect(response.json.submitted).toBe(2);
    expect(response.json.annotations.map((a: { id: string; status: string; version: number }) => [a.id, a.status, a.version])).toEqual(mine.map((a) => [a.id, "submitted", a.version + 1]));
    const statuses = await db().annotation.findMany({
      where: { id: { in: [sentBack.id, theirs.id, mineElsewhere.id] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [sentBack.id]: "changes_requested",
      [theirs.id]: "draft",
      [mineElsewhere.id]: "draft",
    });
    for (const draft of mine) {
      expect(await db().reviewDecision.count({ where: { annotationId: draft.id, action: "submit", actorId: author.id } })).toBe(1);
      expect(await db().auditEvent.count({ where: { entityId: draft.id, action: "submit", actorId: author.id } })).toBe(1);
    }

    const again = await callRoute(submitDrafts, { method: "POST", token: author.token, params: { id: article.id } });
    expect(again.json).toEqual({ submitted: 0, annotations: [] });
    expect((await callRoute(submitDrafts, { method: "POST", token: author.token, params: { id: "missing" } })).status).toBe(404);
  });
});
