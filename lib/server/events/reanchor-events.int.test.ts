import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeSpan } from "@/lib/anchoring/selectors";
import { createArticle } from "@/lib/server/articles/create-article";
import type { Actor } from "@/lib/server/auth/actor";
import { PrismaClient } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/prisma";
import { saveRevision } from "@/lib/server/revisions/save-revision";
import { createTestUser } from "@/test/integration/factories";

/**
 * A revision that re-anchors 5,000 annotations writes its 5,001 events in one INSERT, not one
 * round trip each. Every statement the app sends is counted by wrapping the database client the
 * data layer uses (this file's own: test files run in separate workers).
 */

const statements: string[] = [];
let pool: pg.Pool;

beforeAll(() => {
  pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 4 });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const first = args[0] as string | { text?: string };
      statements.push(typeof first === "string" ? first : (first.text ?? ""));
      return query(...args);
    };
  });
  // db() reuses the client kept on globalThis: make it one whose statements are counted.
  (globalThis as unknown as { factdeskPrisma?: unknown }).factdeskPrisma = new PrismaClient({ adapter: new PrismaPg(pool) });
});

afterAll(async () => {
  await db().$disconnect();
  await pool.end();
});

const ANNOTATIONS = 5000;

describe("a revision re-anchoring 5,000 annotations", () => {
  it("writes revision.saved and 5,000 annotation.reanchored events in one INSERT", async () => {
    const editor: Actor = await createTestUser("editor");
    const sentences = Array.from({ length: ANNOTATIONS }, (_, index) => `Sentence number ${index} says something checkable.`);
    const text = sentences.join("\n");
    const created = await createArticle(editor, { metadata: { title: "Long read", outlet: "", byline: "", url: "", publishedOn: null }, body: { text }, source: "text" });
    if (!created.ok) throw new Error(created.error.message);
    const articleId = created.value.id;
    const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId }, select: { id: true, text: true } });

    // The annotations go in directly (making each through the use case would take minutes).
    let offset = 0;
    const rows = sentences.map((sentence) => {
      const { position, quote } = describeSpan(revision.text, offset, offset + sentence.length);
      offset += sentence.length + 1;
      return {
        articleId,
        revisionId: revision.id,
        kind: "claim" as const,
        claimant: "The article",
        verdict: "unverified" as const,
        start: position.start,
        end: position.end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        authorId: editor.id,
        lastEditedById: editor.id,
        lastActorId: editor.id,
      };
    });
    expect(rows[ANNOTATIONS - 1].exact).toBe(sentences[ANNOTATIONS - 1]);
    await db().annotation.createMany({ data: rows });

    statements.length = 0;
    const saved = await saveRevision(editor, articleId, { body: { text: `An editor's note before everything.\n${text}` }, source: "text", expectedRevision: 1 });
    if (!saved.ok) throw new Error(saved.error.message);
    const sent = [...statements];

    expect(saved.value.summary).toMatchObject({ moved: ANNOTATIONS });
    const eventInserts = sent.filter((statement) => /INSERT\s+INTO\s+"AuditEvent"/i.test(statement));
    expect(eventInserts).toHaveLength(1);
    // The whole save is a handful of statements, not thousands of round trips.
    expect(sent.length).toBeLessThan(40);

    const events = await db().auditEvent.groupBy({ by: ["type"], where: { articleId, type: { not: "article.created" } }, _count: true });
    expect(Object.fromEntries(events.map((group) => [group.type, group._count]))).toEqual({ "revision.saved": 1, "annotation.reanchored": ANNOTATIONS });
  });
});
