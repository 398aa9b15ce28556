import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { callRoute } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { newArticle, person } from "./annotations/review-fixtures.test-helper";
import { GET as getComments } from "./annotations/[id]/comments/route";
import { GET as getAnnotations } from "./articles/[id]/annotations/route";
import { GET as getRevisions } from "./articles/[id]/revisions/route";
import { GET as getArticles } from "./articles/route";
import { GET as getQueue } from "./review-queue/route";
import { GET as getUsers } from "./users/route";

// Each route types its own params; the walk below passes them through untouched.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any route handler's params
type Handler = (request: Request, context: { params: Promise<any> }) => Promise<Response>;
type Call = { handler: Handler; params?: Record<string, string>; token: string };

/** Every page of a list from `query` on, following `nextCursor`; checks the Link header of each page. */
async function walk<T>(call: Call, query: string, key: string): Promise<{ rows: T[]; pages: number }> {
  const rows: T[] = [];
  let next: string | null = query;
  let pages = 0;
  while (next !== null) {
    const response: Awaited<ReturnType<typeof callRoute>> = await callRoute(call.handler, { method: "GET", token: call.token, params: call.params, query: next });
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    rows.push(...response.json[key]);
    pages++;
    const cursor: string | null = response.json.nextCursor;
    const link: string | null = response.headers.get("link");
    if (cursor === null) {
      expect(link).toBeNull();
      next = null;
    } else {
      const url: URL = new URL(/^<([^>]+)>; rel="next"$/.exec(link ?? "")![1]);
      expect(url.protocol).toMatch(/^https?:$/);
      expect(url.searchParams.get("cursor")).toBe(cursor);
      // Every filter and the limit are kept.
      const asked = new URLSearchParams(query);
      for (const [name, value] of asked) if (name !== "cursor") expect(url.searchParams.getAll(name)).toContain(value);
      next = url.search;
    }
    if (pages > 1_000) throw new Error("paging does not end");
  }
  return { rows, pages };
}

function expectEachOnceInOrder(seen: string[], expected: string[]) {
  const mine = new Set(expected);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.filter((id) => mine.has(id))).toEqual(expected);
}

async function status(call: Call, query: string) {
  const response = await callRoute(call.handler, { method: "GET", token: call.token, params: call.params, query });
  return { status: response.status, message: String(response.json?.error?.message ?? "") };
}

/** Bad limits and cursors are 400s naming the parameter, never 500s. */
async function expectBadPagingRefused(call: Call, foreignCursor: string) {
  for (const limit of ["0", "501", "-3", "ten", "2.5", ""]) {
    expect(await status(call, `?limit=${limit}`)).toEqual({ status: 400, message: "limit must be a whole number from 1 to 500" });
  }
  const garbage = ["!!!", "not-a-cursor", Buffer.from("[1,2,3]").toString("base64url"), Buffer.from("{").toString("base64url"), foreignCursor, "%F0%9F%98%80"];
  for (const cursor of garbage) {
    const result = await status(call, `?cursor=${cursor}`);
    expect(result.status, cursor).toBe(400);
    expect(result.message).toMatch(/cursor/);
  }
}

const WORDS = 400;
const word = (index: number) => `w${String(index).padStart(3, "0")}`;
const ARTICLE_TEXT = Array.from({ length: WORDS }, (_, index) => word(index)).join(" ");

describe("every list is paged with a keyset cursor", () => {
  it("walks 1,200 articles, each once, newest first, at any limit; bad limit or cursor is a 400", async () => {
    const viewer = await person("editor");
    const creator = await createTestUser("editor");
    const tag = `paging-${Math.random().toString(36).slice(2, 8)}`;
    // In the past (other tests look for their new articles on the first page); seven per timestamp so ids break ties.
    const base = Date.UTC(2001, 0, 1);
    await db().article.createMany({
      data: Array.from({ length: 1_200 }, (_, index) => ({ title: `${tag} ${index}`, createdById: creator.id, createdAt: new Date(base + Math.floor(index / 7) * 1_000) })),
    });
    const expected = (await db().article.findMany({ where: { title: { startsWith: tag } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } })).map((a) => a.id);
    const call = { handler: getArticles, token: viewer.token };

    const { rows, pages } = await walk<{ id: string; createdAt: string }>(call, "?limit=97", "articles");
    expectEachOnceInOrder(
      rows.map((row) => row.id),
      expected,
    );
    expect(pages).toBeGreaterThanOrEqual(13);
    for (let index = 1; index < rows.length; index++) expect(rows[index - 1].createdAt >= rows[index].createdAt).toBe(true);

    const first = await callRoute(getArticles, { method: "GET", token: viewer.token });
    expect(first.json.articles).toHaveLength(50);
    expect(first.headers.get("link")).toMatch(/limit=50/);
    const max = await callRoute(getArticles, { method: "GET", token: viewer.token, query: "?limit=500" });
    expect(max.json.articles).toHaveLength(500);

    const annotationCursor = (await callRoute(getAnnotations, { method: "GET", token: viewer.token, params: { id: expected[0] }, query: "?limit=1" })).json.nextCursor;
    const foreign = annotationCursor ?? Buffer.from('["annotations",1,2,"x"]').toString("base64url");
    await expectBadPagingRefused(call, foreign);
  }, 120_000);

  it("walks 1,200 annotations of one article in document order, filters kept; then the same as a review queue", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle(ARTICLE_TEXT, "Paging 1,200 annotations");
    const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: article.id }, select: { id: true } });
    const kinds = ["claim", "quote", "allegation"] as const;
    const submittedAt = new Date(Date.UTC(2099, 0, 1)); // after anything else in the queue
    // Per word: the word, the word with the next one (longer: first in document order), the word again (ties broken by id).
    const data = Array.from({ length: WORDS }, (_, index) => {
      const start = index * 5;
      const spans = [
        [start, start + 4],
        [start, Math.min(start + 9, ARTICLE_TEXT.length)],
        [start, start + 4],
      ];
      return spans.map(([from, to], n) => ({
        articleId: article.id,
        revisionId: revision.id,
        kind: kinds[(index + n) % 3],
        start: from,
        end: to,
        exact: ARTICLE_TEXT.slice(from, to),
        prefix: ARTICLE_TEXT.slice(Math.max(0, from - 32), from),
        suffix: ARTICLE_TEXT.slice(to, to + 32),
        authorId: author.id,
        lastEditedById: author.id,
        status: index % 10 === 0 ? ("needs_rereview" as const) : ("submitted" as const),
        // Some never submitted (null: first in their status), many sharing one time.
        submittedAt: index % 7 === 0 ? null : new Date(submittedAt.getTime() + (index % 5) * 1_000),
      }));
    }).flat();
    await db().annotation.createMany({ data });
    expect(data).toHaveLength(1_200);
    const all = await db().annotation.findMany({ where: { articleId: article.id }, select: { id: true, start: true, end: true, kind: true, status: true, submittedAt: true, createdAt: true } });
    const byDocument = [...all].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const call = { handler: getAnnotations, params: { id: article.id }, token: reviewer.token };

    const walked = await walk<{ id: string; exact: string; selectors: { type: string; start?: number; exact?: string }[] }>(call, "?limit=83", "annotations");
    expect(walked.rows.map((row) => row.id)).toEqual(byDocument.map((row) => row.id));
    expect(walked.rows[0].selectors[0]).toEqual({ type: "TextPositionSelector", start: 0, end: 9 });
    expect(walked.rows[1].exact).toBe("w000");

    const claims = await walk<{ id: string; kind: string }>(call, "?kind=claim&limit=50", "annotations");
    expect(claims.rows.map((row) => row.id)).toEqual(byDocument.filter((row) => row.kind === "claim").map((row) => row.id));
    const rereviewQuotes = await walk<{ id: string }>(call, "?kind=quote&status=needs_rereview&limit=7", "annotations");
    expect(rereviewQuotes.rows.map((row) => row.id)).toEqual(byDocument.filter((row) => row.kind === "quote" && row.status === "needs_rereview").map((row) => row.id));

    // The queue: re-reviews first, then submissions, each never-submitted first then oldest, then created, then id.
    const compare = (a: (typeof all)[number], b: (typeof all)[number]) =>
      (a.status === b.status ? 0 : a.status === "needs_rereview" ? -1 : 1) ||
      (a.submittedAt?.getTime() ?? -Infinity) - (b.submittedAt?.getTime() ?? -Infinity) ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const queueOrder = [...all].sort(compare);
    const queueCall = { handler: getQueue, token: reviewer.token };
    const queue = await walk<{ annotation: { id: string } }>(queueCall, `?article=${article.id}&limit=101`, "items");
    expect(queue.rows.map((row) => row.annotation.id)).toEqual(queueOrder.map((row) => row.id));
    const total = await callRoute(getQueue, { method: "GET", token: reviewer.token, query: `?article=${article.id}&kind=allegation&limit=5` });
    expect(total.json.items).toHaveLength(5);
    expect(total.json.total).toBe(all.filter((row) => row.kind === "allegation").length);
    const allegations = await walk<{ annotation: { id: string } }>(queueCall, `?article=${article.id}&kind=allegation&limit=33`, "items");
    expect(allegations.rows.map((row) => row.annotation.id)).toEqual(queueOrder.filter((row) => row.kind === "allegation").map((row) => row.id));
    const submittedOnly = await walk<{ annotation: { id: string } }>(queueCall, `?article=${article.id}&status=submitted&limit=250`, "items");
    expect(submittedOnly.rows.map((row) => row.annotation.id)).toEqual(queueOrder.filter((row) => row.status === "submitted").map((row) => row.id));

    const articleCursor = (await callRoute(getArticles, { method: "GET", token: reviewer.token, query: "?limit=1" })).json.nextCursor;
    await expectBadPagingRefused(call, articleCursor);
    await expectBadPagingRefused(queueCall, articleCursor);
  }, 120_000);

  it("walks users (admins), a comment thread and an article's revisions", async () => {
    const admin = await person("admin");
    const tag = Math.random().toString(36).slice(2, 7);
    const names = ["Zoë", "Ånne", "Ann", "ann", "Émile", "李雷", "مرحبا", "😀 Smile", "Bob", "Bob"].map((name) => `${name} ${tag}`);
    for (const [index, name] of names.entries()) await createTestUser(index % 3 === 0 ? "reviewer" : "editor", { name, active: index % 4 !== 1 });
    const expectedUsers = (await db().user.findMany({ where: { name: { endsWith: tag } }, orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }], select: { id: true } })).map((u) => u.id);
    const usersCall = { handler: getUsers, token: admin.token };
    const users = await walk<{ id: string; active: boolean }>(usersCall, "?limit=3", "users");
    expectEachOnceInOrder(
      users.rows.map((row) => row.id),
      expectedUsers,
    );
    const firstInactive = users.rows.findIndex((row) => !row.active);
    expect(users.rows.slice(firstInactive).every((row) => !row.active)).toBe(true);

    const article = await newArticle(ARTICLE_TEXT, "Paging threads and revisions");
    const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: article.id }, select: { id: true, doc: true, text: true } });
    const annotation = await db().annotation.create({
      data: {
        articleId: article.id,
        revisionId: revision.id,
        kind: "claim",
        start: 0,
        end: 4,
        exact: "w000",
        prefix: "",
        suffix: ARTICLE_TEXT.slice(4, 36),
        authorId: admin.id,
        lastEditedById: admin.id,
      },
    });
    const at = new Date();
    await db().comment.createMany({
      data: Array.from({ length: 25 }, (_, index) => ({ annotationId: annotation.id, authorId: admin.id, body: `comment ${index} ✓`, createdAt: new Date(at.getTime() + Math.floor(index / 4)) })),
    });
    const expectedComments = (await db().comment.findMany({ where: { annotationId: annotation.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } })).map((c) => c.id);
    const commentsCall = { handler: getComments, params: { id: annotation.id }, token: admin.token };
    const comments = await walk<{ id: string }>(commentsCall, "?limit=4", "comments");
    expect(comments.rows.map((row) => row.id)).toEqual(expectedComments);
    expect(comments.pages).toBe(7);

    await db().articleRevision.createMany({
      data: Array.from({ length: 11 }, (_, index) => ({
        articleId: article.id,
        number: index + 2,
        doc: revision.doc as object,
        text: revision.text,
        source: "editor" as const,
        createdById: admin.id,
      })),
    });
    await db().article.update({ where: { id: article.id }, data: { currentRevision: 12 } });
    const revisionsCall = { handler: getRevisions, params: { id: article.id }, token: admin.token };
    const revisions = await walk<{ number: number; current: boolean }>(revisionsCall, "?limit=5", "revisions");
    expect(revisions.rows.map((row) => row.number)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(revisions.rows[0].current).toBe(true);
    const firstPage = await callRoute(getRevisions, { method: "GET", token: admin.token, params: { id: article.id }, query: "?limit=5" });
    expect(firstPage.json).toMatchObject({ articleId: article.id, title: "Paging threads and revisions", currentRevision: 12 });

    const userCursor = (await callRoute(getUsers, { method: "GET", token: admin.token, query: "?limit=1" })).json.nextCursor;
    await expectBadPagingRefused(usersCall, Buffer.from('["comments","2026-01-01T00:00:00.000Z","x"]').toString("base64url"));
    await expectBadPagingRefused(commentsCall, userCursor);
    await expectBadPagingRefused(revisionsCall, userCursor);
  }, 120_000);
});
