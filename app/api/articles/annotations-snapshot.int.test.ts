import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { saveRevision } from "@/lib/server/revisions/save-revision";
import { callRoute } from "@/test/integration/api-client";
import { newArticle, person } from "../annotations/review-fixtures.test-helper";
import { GET as getAnnotations } from "./[id]/annotations/route";

const WORDS = 400;
const TEXT = Array.from({ length: WORDS }, (_, i) => `w${String(i).padStart(3, "0")}`).join(" ");

/** An article with one claim on each of its words, written in bulk. */
async function annotatedArticle() {
  const author = await person("editor");
  const article = await newArticle(TEXT, "Snapshot reads");
  const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: article.id }, select: { id: true } });
  await db().annotation.createMany({
    data: Array.from({ length: WORDS }, (_, i) => ({
      articleId: article.id,
      revisionId: revision.id,
      kind: "claim" as const,
      start: i * 5,
      end: i * 5 + 4,
      exact: TEXT.slice(i * 5, i * 5 + 4),
      prefix: TEXT.slice(Math.max(0, i * 5 - 32), i * 5),
      suffix: TEXT.slice(i * 5 + 4, i * 5 + 36),
      authorId: author.id,
      lastEditedById: author.id,
    })),
  });
  return { author, article };
}

type Page = { revision: number; nextCursor: string | null; annotations: { revision: number; start: number; end: number; exact: string; anchorState: string }[] };

async function page(token: string, articleId: string, query: string) {
  return callRoute(getAnnotations, { method: "GET", token, params: { id: articleId }, query });
}

describe("GET /api/articles/{id}/annotations while the article is revised", () => {
  it("names the revision every page was read at, and refuses a next page after a revision instead of mixing two", async () => {
    const { author, article } = await annotatedArticle();
    const first = await page(author.token, article.id, "?limit=100");
    expect(first.status).toBe(200);
    expect((first.json as Page).revision).toBe(1);
    expect((first.json as Page).annotations.every((a) => a.revision === 1)).toBe(true);

    const saved = await saveRevision(author, article.id, { body: { text: `Update.\n\n${TEXT}` }, source: "text", expectedRevision: 1 });
    expect(saved.ok).toBe(true);

    const stale = await page(author.token, article.id, `?limit=100&cursor=${(first.json as Page).nextCursor}`);
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("conflict");
    expect(stale.json.error.message).toMatch(/revised.*revision 2.*first page/i);

    const again = await page(author.token, article.id, "?limit=100");
    expect((again.json as Page).revision).toBe(2);
    const moved = (again.json as Page).annotations;
    expect(moved.filter((a) => a.revision !== 2 || a.start < "Update.".length)).toEqual([]);
  });

  it("reads each page from one snapshot: the revision it names is the one every anchored annotation is at", async () => {
    const { author, article } = await annotatedArticle();
    let revision = 1;
    let text = TEXT;
    const inconsistent: string[] = [];
    let reads = 0;
    let saving = true;
    const reader = async () => {
      while (saving) {
        const response = await page(author.token, article.id, "?limit=500");
        const body = response.json as Page;
        reads += 1;
        const off = body.annotations.filter((a) => a.anchorState !== "orphaned" && a.revision !== body.revision);
        if (off.length > 0) inconsistent.push(`page at revision ${body.revision} holds ${off.length} annotations at another`);
      }
    };
    const readers = Array.from({ length: 4 }, reader);
    for (let i = 0; i < 3; i += 1) {
      text = `Update ${i}.\n\n${text}`;
      const saved = await saveRevision(author, article.id, { body: { text }, source: "text", expectedRevision: revision });
      expect(saved.ok).toBe(true);
      revision += 1;
    }
    saving = false;
    await Promise.all(readers);
    expect(reads).toBeGreaterThan(0);
    expect(inconsistent).toEqual([]);
  });
});
