/**
 * Paging benchmark: a 10,000-row article list and a 10,000-annotation article, read through the
 * data layer's keyset paging. Page 1 and page 20 (50 rows each) are timed in the same run and
 * printed as a ratio (goal ≈ ×1: a late page costs what the first does), beside what OFFSET
 * paging of the same query would take for page 20 and for the last page.
 *
 * Needs PostgreSQL: `DATABASE_URL`, else an in-memory embedded one (as `npm test` starts). The
 * rows it adds (dated 1990, so they sort last) are deleted at the end.
 * Run: `npm run bench -- paging`. Exit code 1 when page 20 takes over ×2 the first page.
 */
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "../scripts/prepare-database";

const ROWS = 10_000;
const LIMIT = 50;
const RUNS = 15;
const GOAL_RATIO = 2;

/** Result of the benchmark: medians in milliseconds per list. */
export type PagingBenchResult = {
  list: string;
  firstMs: number;
  page20Ms: number;
  /** page20Ms / firstMs: the figure the goal is about. */
  ratio: number;
  lastMs: number;
  /** The same query paged with OFFSET: page 1, page 20 and the last page. */
  offsetFirstMs: number;
  offset20Ms: number;
  offsetLastMs: number;
  ok: boolean;
}[];

async function median(run: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Cursors of pages 1, 20 and the last, walking the list once. */
async function cursorsOf(next: (cursor: string | null) => Promise<string | null>): Promise<{ page20: string; last: string; pages: number }> {
  const cursors: (string | null)[] = [null];
  for (let cursor = await next(null); cursor !== null; cursor = await next(cursor)) cursors.push(cursor);
  return { page20: cursors[19]!, last: cursors[cursors.length - 1]!, pages: cursors.length };
}

/** Seeds the rows, times the pages and prints the figures. */
export async function runPagingBench(log: (line: string) => void = (line) => console.log(line)): Promise<PagingBenchResult> {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const database = await prepareDatabase({ root, databaseUrl: process.env.DATABASE_URL, dataDir: null, port: 0 });
  process.env.DATABASE_URL = database.url;
  // The data layer marks itself server-only; outside Next that import would throw.
  const hook = "export async function resolve(s, c, n) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : n(s, c); }";
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  const { db } = await import("../lib/server/db/prisma");
  const { listArticles } = await import("../lib/server/articles/list-articles");
  const { listAnnotationPage } = await import("../lib/server/annotations/list-annotations");
  const { annotationSelect } = await import("../lib/server/annotations/annotation-dto");
  const { articleMetadataSelect } = await import("../lib/server/articles/article-dto");
  log(`paging bench on ${database.description}: ${ROWS} articles and ${ROWS} annotations on one article, ${LIMIT} per page, median of ${RUNS}`);

  const tag = `paging-bench-${Date.now()}`;
  const user = await db().user.create({ data: { email: `${tag}@bench.example`, name: "Paging bench", role: "admin", passwordHash: "-" } });
  const actor = { id: user.id, role: user.role, name: user.name, email: user.email, active: true, mustChangePassword: false };
  const base = Date.UTC(1990, 0, 1);
  try {
    for (let from = 0; from < ROWS; from += 2_000) {
      await db().article.createMany({
        data: Array.from({ length: 2_000 }, (_, i) => ({ title: `${tag} ${from + i}`, createdById: user.id, createdAt: new Date(base + Math.floor((from + i) / 3) * 1_000) })),
      });
    }
    await db().$executeRawUnsafe(`ANALYZE "Article"`);
    const results: PagingBenchResult = [];

    /** Times pages 1, 20 and the last through the data layer, and the same query with OFFSET. */
    async function measure(list: string, page: (cursor: string | null) => Promise<string | null>, offset: (skip: number) => Promise<unknown>) {
      const cursors = await cursorsOf(page);
      const firstMs = await median(() => page(null));
      const page20Ms = await median(() => page(cursors.page20));
      const lastMs = await median(() => page(cursors.last));
      const offsetFirstMs = await median(() => offset(0));
      const offset20Ms = await median(() => offset(19 * LIMIT));
      const offsetLastMs = await median(() => offset((cursors.pages - 1) * LIMIT));
      const ratio = page20Ms / firstMs;
      const ok = ratio <= GOAL_RATIO;
      results.push({ list, firstMs, page20Ms, ratio, lastMs, offsetFirstMs, offset20Ms, offsetLastMs, ok });
      const ms = (value: number) => `${value.toFixed(2)} ms`;
      log(
        `${list.padEnd(12)} keyset (data layer): page 1 ${ms(firstMs)}, page 20 ${ms(page20Ms)} → ×${ratio.toFixed(2)} (goal ≈ ×1: ${ok ? "OK" : "MISSED"}); ` +
          `last page (${cursors.pages}) ${ms(lastMs)} → ×${(lastMs / firstMs).toFixed(2)}`,
      );
      log(
        `${"".padEnd(12)} OFFSET (same query): page 1 ${ms(offsetFirstMs)}, page 20 ${ms(offset20Ms)} → ×${(offset20Ms / offsetFirstMs).toFixed(2)}; ` +
          `last page ${ms(offsetLastMs)} → ×${(offsetLastMs / offsetFirstMs).toFixed(2)}`,
      );
    }

    await measure(
      "articles",
      async (cursor) => {
        const page = await listArticles(actor, { limit: LIMIT, cursor });
        if (!page.ok) throw new Error(page.error.message);
        return page.value.nextCursor;
      },
      (skip) => db().article.findMany({ where: { deletedAt: null }, select: articleMetadataSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take: LIMIT }),
    );

    // Seeded after the article list is timed: the counts of an article with 10,000 annotations would weigh on its page.
    const text = Array.from({ length: ROWS }, (_, i) => `w${String(i).padStart(5, "0")}`).join(" ");
    const article = await db().article.create({ data: { title: `${tag} annotated`, createdById: user.id, createdAt: new Date(base - 1_000) } });
    const revision = await db().articleRevision.create({ data: { articleId: article.id, number: 1, doc: {}, text, source: "text", createdById: user.id } });
    for (let from = 0; from < ROWS; from += 2_000) {
      await db().annotation.createMany({
        data: Array.from({ length: 2_000 }, (_, i) => {
          const start = (from + i) * 7;
          return {
            articleId: article.id,
            revisionId: revision.id,
            kind: "claim" as const,
            start,
            end: start + 6,
            exact: text.slice(start, start + 6),
            prefix: text.slice(Math.max(0, start - 32), start),
            suffix: text.slice(start + 6, start + 38),
            authorId: user.id,
            lastEditedById: user.id,
          };
        }),
      });
    }
    await db().$executeRawUnsafe(`ANALYZE "Annotation"`);
    await measure(
      "annotations",
      async (cursor) => {
        const page = await listAnnotationPage(actor, article.id, {}, { limit: LIMIT, cursor });
        if (!page.ok) throw new Error(page.error.message);
        return page.value.nextCursor;
      },
      (skip) =>
        db().annotation.findMany({ where: { articleId: article.id, deletedAt: null }, select: annotationSelect, orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }], skip, take: LIMIT }),
    );
    if (!results.every((r) => r.ok)) process.exitCode = 1;
    return results;
  } finally {
    await db().article.deleteMany({ where: { createdById: user.id } });
    await db()
      .user.delete({ where: { id: user.id } })
      .catch(() => undefined);
    await db().$disconnect();
    await database.embedded?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runPagingBench();
