import { afterAll, describe, expect, it } from "vitest";
import { buildArticleBody } from "@/lib/articles/build-article-body";
import { db } from "@/lib/server/db/prisma";
import { closeWorkerPools } from "@/lib/server/workers/worker-pools";
import { createTestUser } from "@/test/integration/factories";
import { createArticle } from "./create-article";
import { LARGE_REVISION_CHARS } from "./write-revision-body";
import { ARTICLE_WORKER_APPLICATION_NAME } from "./article-process-tasks";
import { OFF_THREAD_MIN_CHARS } from "./build-article-body-off-thread";

afterAll(async () => {
  await closeWorkerPools();
});

const metadata = { title: "Long read", outlet: "", byline: "", url: "", publishedOn: null };

describe("createArticle with a large body", () => {
  it("stores the same document and text as building it inline, and records one event", async () => {
    const editor = await createTestUser("editor");
    const block = '<p>The minister said taxes fell by <b>3.5 percent</b>, according to <a href="https://example.org/r">the report</a>. وزیر اعظم 👍🏽</p><ul><li>One</li></ul>';
    const html = block.repeat(Math.ceil((LARGE_REVISION_CHARS * 3) / block.length));
    const created = await createArticle(editor, { metadata, body: { html }, source: "html" });
    if (!created.ok) throw new Error(created.error.message);
    const expected = buildArticleBody({ html });
    if (!expected.ok) throw new Error(expected.message);
    const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: created.value.id }, select: { number: true, doc: true, text: true } });
    expect(revision.number).toBe(1);
    expect(revision.text.length).toBeGreaterThanOrEqual(LARGE_REVISION_CHARS);
    expect(revision.text).toBe(expected.body.text);
    expect(revision.doc).toEqual(expected.body.doc);
    expect(created.value.text).toBe(expected.body.text);
    const events = await db().auditEvent.findMany({ where: { articleId: created.value.id }, select: { type: true } });
    expect(events).toEqual([{ type: "article.created" }]);
  }, 180_000);

  it("finds a large article by a word of its text (the search vector is computed from the stored text)", async () => {
    const editor = await createTestUser("editor");
    const text = `${"Ordinary words about the budget. ".repeat(Math.ceil(LARGE_REVISION_CHARS / 30))}Zanzibarian`;
    const created = await createArticle(editor, { metadata, body: { text }, source: "text" });
    if (!created.ok) throw new Error(created.error.message);
    const rows = await db().$queryRaw<{ id: string }[]>`SELECT "id" FROM "ArticleRevision" WHERE "articleId" = ${created.value.id} AND "searchVector" @@ to_tsquery('simple', 'zanzibarian')`;
    expect(rows).toHaveLength(1);
  }, 180_000);

  it("saves a long text of more distinct words than one search vector holds, and still finds it by its opening", async () => {
    const editor = await createTestUser("editor");
    // 140,000 distinct tokens (about 1.9 MB): past PostgreSQL's 1 MB tsvector limit if indexed whole.
    const words = Array.from({ length: 140_000 }, (_, i) => `ref${i.toString(36)}x${(i * 7919).toString(16)}`);
    const text = `Quarterly ledger of the Zanzibarian ministry. ${words.join(" ")}`;
    const created = await createArticle(editor, { metadata, body: { text }, source: "text" });
    if (!created.ok) throw new Error(created.error.message);
    const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: created.value.id }, select: { text: true } });
    expect(revision.text).toBe(text);
    const rows = await db().$queryRaw<{ id: string }[]>`SELECT "id" FROM "ArticleRevision" WHERE "articleId" = ${created.value.id} AND "searchVector" @@ to_tsquery('simple', 'zanzibarian')`;
    expect(rows).toHaveLength(1);
  }, 180_000);

  it("has the article worker write the body with its own connection, and leaves nothing staged", async () => {
    const editor = await createTestUser("editor");
    await db().$executeRaw`INSERT INTO "StagedArticleBody" ("id", "doc", "text", "createdAt") VALUES ('left-by-a-failed-save', '{}'::jsonb, 'x', now() - interval '2 hours')`;
    const text = "Words of a long article about the grid. ".repeat(Math.ceil((OFF_THREAD_MIN_CHARS * 2) / 40));
    const created = await createArticle(editor, { metadata, body: { text }, source: "text" });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.text).toBe(text.trim());
    const [activity] = await db().$queryRaw<{ connections: number }[]>`
      SELECT count(*)::int AS "connections" FROM pg_stat_activity WHERE application_name = ${ARTICLE_WORKER_APPLICATION_NAME} AND datname = current_database()`;
    expect(activity.connections).toBe(1);
    expect(await db().stagedArticleBody.count()).toBe(0);
  }, 180_000);

  it("saves nothing and leaves nothing staged when the save fails after the worker staged the body", async () => {
    const ghost = { id: "no-such-user", role: "editor" as const, name: "Ghost", email: "ghost@example.org", active: true, mustChangePassword: false };
    const title = `Never saved ${Date.now()}`;
    const text = "Words of a long article about the grid. ".repeat(Math.ceil((OFF_THREAD_MIN_CHARS * 2) / 40));
    await expect(createArticle(ghost, { metadata: { ...metadata, title }, body: { text }, source: "text" })).rejects.toThrow();
    expect(await db().article.count({ where: { title } })).toBe(0);
    expect(await db().stagedArticleBody.count()).toBe(0);
  }, 180_000);
});
