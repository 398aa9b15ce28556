/**
 * `npm run bench -- large-body`: how much a 2 MB article POST slows every other request of the
 * instance. A plain HTTP server in this process answers light requests (`/light`: a small JSON
 * answer, like an ordinary API read) and one heavy
 * `POST /article` (2 MB of HTML: the body parsed and validated, built into an article body and
 * saved, as `POST /api/articles` does), four ways: everything on the main thread (the first
 * version), the body built on a worker but saved through Prisma's create (the second), built on a
 * worker and written here with one raw UPDATE (the third: write-revision-body.ts), and now (built
 * on a worker process at the lowest CPU priority and written by it with its own connection into
 * StagedArticleBody, taken into the revision by the saving transaction: staged-article-body.ts).
 * The POST is sent from another thread, as a client elsewhere would.
 * Prints the light requests' p95 during each POST against their idle p95 measured in the same
 * run (goal: ≤ 2× now); exit code 1 when it is missed. Uses DATABASE_URL, else an in-memory
 * embedded PostgreSQL. Run with the react-server condition (bench/run.ts does).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleBody } from "../lib/articles/build-article-body";
import { prepareDatabase } from "../scripts/prepare-database";
import { p95DuringHeavy, requestFromThread, startServer } from "./light-load";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const GOAL_RATIO = 2;
/** Heavy requests per figure of the current and previous versions (their light requests pooled; BENCH_ROUNDS to change it); one for the much slower first versions. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function twoMegabyteHtml(): string {
  const para = '<p>The minister said taxes fell by <b>3.5 percent</b> last year, according to <a href="https://example.org/x">the report</a>. Critics disagreed!</p>\n';
  let html = "";
  // As large as POST /api/articles takes (MAX_BODY_CHARS: 2,000,000 characters).
  while (html.length + para.length <= 2_000_000) html += para;
  return html;
}

export async function runLargeBodyBench(): Promise<void> {
  const database = await prepareDatabase({ root, databaseUrl: process.env.DATABASE_URL, dataDir: null, port: 0 });
  process.env.DATABASE_URL = database.url;
  process.env.LOG_LEVEL ??= "silent";
  const { db } = await import("../lib/server/db/prisma");
  const { buildArticleBody } = await import("../lib/articles/build-article-body");
  const { buildArticleBodyOffThread, buildSerialisedArticleBodyOffThread } = await import("../lib/server/articles/build-article-body-off-thread");
  const { PLACEHOLDER_BODY, writeRevisionBody } = await import("../lib/server/articles/write-revision-body");
  const { createArticle } = await import("../lib/server/articles/create-article");
  const { articleWorkerPool, closeWorkerPools } = await import("../lib/server/workers/worker-pools");
  const { createArticleSchema } = await import("../lib/validations/article");
  console.log(`database: ${database.description}`);

  const user = await db().user.create({ data: { email: `large-body-bench-${Date.now()}@bench.example`, name: "Bench Editor", role: "editor", passwordHash: "x" } });
  const actor = { id: user.id, role: user.role, name: user.name, email: user.email, active: true, mustChangePassword: false };

  /** The first versions' save: the body mapped by Prisma's nested create (no event: not what is timed). */
  const prismaCreate = async (title: string, body: ArticleBody) => {
    await db().article.create({
      data: { title, outlet: "", byline: "", url: "", createdById: actor.id, revisions: { create: { number: 1, doc: body.doc as object, text: body.text, source: "html", createdById: actor.id } } },
    });
  };
  const parse = (raw: string) => {
    const parsed = createArticleSchema.safeParse(JSON.parse(raw));
    if (!parsed.success || parsed.data.html === undefined) throw new Error("the bench's body is not a valid article");
    return { ...parsed.data, html: parsed.data.html };
  };
  const server = await startServer({
    // A small JSON answer with no database read: the figure is the request thread's stall alone.
    "/light": async () => ({ body: JSON.stringify({ ok: true, at: Date.now() }) }),
    "/inline": async ({ body }) => {
      const input = parse(body);
      const built = buildArticleBody({ html: input.html });
      if (!built.ok) throw new Error(built.message);
      await prismaCreate(input.title, built.body);
      return { status: 201, body: "created" };
    },
    "/worker-prisma": async ({ body }) => {
      const input = parse(body);
      const built = await buildArticleBodyOffThread({ html: input.html });
      if (!built.ok) throw new Error(built.message);
      await prismaCreate(input.title, built.body);
      return { status: 201, body: "created" };
    },
    // The body built on a worker and sent back here, then written with one raw UPDATE through Prisma (the third version).
    "/worker-raw-update": async ({ body }) => {
      const input = parse(body);
      const built = await buildSerialisedArticleBodyOffThread({ html: input.html });
      if (!built.ok) throw new Error(built.message);
      await db().$transaction(
        async (tx) => {
          const created = await tx.article.create({
            data: { title: input.title, createdById: actor.id, revisions: { create: { number: 1, doc: PLACEHOLDER_BODY.doc, text: "", source: "html", createdById: actor.id } } },
            select: { revisions: { select: { id: true } } },
          });
          await writeRevisionBody(tx, created.revisions[0].id, built.body);
        },
        { timeout: 60_000 },
      );
      return { status: 201, body: "created" };
    },
    "/now": async ({ body }) => {
      const { title, html } = parse(body);
      const created = await createArticle(actor, { metadata: { title, outlet: "", byline: "", url: "", publishedOn: null }, body: { html }, source: "html" });
      if (!created.ok) throw new Error(created.error.message);
      return { status: 201, body: JSON.stringify(created.value) };
    },
  });
  const html = twoMegabyteHtml();
  const post = (route: string) => async () => {
    const response = await requestFromThread(`${server.url}${route}`, { method: "POST", body: JSON.stringify({ title: `Bench ${route}`, html }), headers: { "content-type": "application/json" } });
    if (response.status !== 201) throw new Error(`${route} answered ${response.status} ${response.error ?? ""}`);
  };
  const pool = articleWorkerPool();
  if (!pool) throw new Error("FACTDESK_BODY_WORKERS is 0: nothing to compare");
  try {
    await buildArticleBodyOffThread({ html: html.slice(0, 70_000) }); // the worker has loaded its modules
    const line = (label: string, figures: { idle: number; busy: number; heavyMs: number }) =>
      console.log(
        `${label.padEnd(36)} light p95 idle ${figures.idle.toFixed(1)} ms, during the 2 MB POST ${figures.busy.toFixed(1)} ms (${(figures.busy / figures.idle).toFixed(1)}×); the POST took ${(figures.heavyMs / 1000).toFixed(1)} s`,
      );
    const inline = await p95DuringHeavy(`${server.url}/light`, post("/inline"));
    line("main thread (first)", inline);
    const workerPrisma = await p95DuringHeavy(`${server.url}/light`, post("/worker-prisma"));
    line("worker + Prisma create (second)", workerPrisma);
    const rawUpdate = await p95DuringHeavy(`${server.url}/light`, post("/worker-raw-update"), ROUNDS);
    line("worker + raw UPDATE here (third)", rawUpdate);
    const now = await p95DuringHeavy(`${server.url}/light`, post("/now"), ROUNDS);
    line("worker builds and stages (now)", now);
    const ratio = now.busy / now.idle;
    console.log(
      `\nGoal ≤ ${GOAL_RATIO}× idle p95 during a 2 MB POST: ${ratio <= GOAL_RATIO ? "met" : "NOT met"} (${ratio.toFixed(1)}× now, ${(rawUpdate.busy / rawUpdate.idle).toFixed(1)}× with the body written here, ${(workerPrisma.busy / workerPrisma.idle).toFixed(1)}× with Prisma's create, ${(inline.busy / inline.idle).toFixed(1)}× all on the main thread)`,
    );
    if (ratio > GOAL_RATIO) process.exitCode = 1;
  } finally {
    await server.close();
    await closeWorkerPools();
    await db().$disconnect();
    await database.embedded?.stop();
  }
}

await runLargeBodyBench();
