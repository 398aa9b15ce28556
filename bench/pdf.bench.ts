/**
 * `npm run bench -- pdf`: how much rendering one huge PDF report slows every other request of the
 * instance. A 5 MB article with 300 approved annotations is seeded in PostgreSQL (DATABASE_URL,
 * else an in-memory embedded one); a plain HTTP server in this process answers light requests
 * (`/light`: a small article read, as `GET /api/articles/{id}` does once its caller is known) and
 * the export route's work for `?format=pdf` three ways: now (`/pdf`: the scope decided here, the
 * article read and its PDF rendered by a report worker process at the lowest CPU priority, with its
 * own connection), the article read here and only rendered on the worker (the previous version),
 * and everything on the request thread (the first).
 * Prints the light requests' p95 during each render against their idle p95 measured in the same
 * run (goal: ≤ 2× with the workers); exit code 1 when it is missed.
 * Run with the react-server condition (bench/run.ts does): it loads server-only modules.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "../scripts/prepare-database";
import { seededRandom } from "./seeded-random";
import { p95DuringHeavy, requestFromThread, startServer } from "./light-load";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ARTICLE_BYTES = 5_000_000;
const ANNOTATIONS = 300;
const GOAL_RATIO = 2;
/** Heavy requests per figure of the current and previous versions (their light requests pooled; BENCH_ROUNDS to change it); one for the much slower first versions. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const WORDS =
  "the minister said that officials agreed on a new framework for talks while critics claimed unemployment had doubled since inflation rose sharply across the region budget deficit contractor invoices report evidence survey statistics office opposition leader".split(
    " ",
  );

/** About `bytes` of ASCII prose in paragraphs (code units are code points: offsets are simple). */
function hugeText(bytes: number): string {
  const next = seededRandom(5_000_000);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const words = Array.from({ length: 60 + Math.floor(next() * 80) }, () => WORDS[Math.floor(next() * WORDS.length)]);
    const paragraph = `${words.join(" ")}.`;
    paragraphs.push(paragraph.charAt(0).toUpperCase() + paragraph.slice(1));
    size += paragraph.length + 1;
  }
  return paragraphs.join("\n");
}

export async function runPdfBench(): Promise<void> {
  const database = await prepareDatabase({ root, databaseUrl: process.env.DATABASE_URL, dataDir: null, port: 0 });
  process.env.DATABASE_URL = database.url;
  process.env.LOG_LEVEL ??= "silent";
  // The bench times a render that takes as long as it takes: no time limit gets in its way.
  process.env.FACTDESK_REPORT_TIMEOUT_MS = "600000";
  // Imported after DATABASE_URL is known: the app's modules read the configuration once.
  const { db } = await import("../lib/server/db/prisma");
  const { createArticle } = await import("../lib/server/articles/create-article");
  const { getArticle } = await import("../lib/server/articles/get-article");
  const { createApiToken, actorFromApiToken } = await import("../lib/server/auth/api-tokens");
  const { loadExportInput, resolveExportScope } = await import("../lib/server/exports/load-export-input");
  const { exportArticleOffThread, exportStoredReport } = await import("../lib/server/exports/export-off-thread");
  const { exportArticle } = await import("../lib/export/export-article");
  const { closeWorkerPools, reportWorkerPool } = await import("../lib/server/workers/worker-pools");
  console.log(`database: ${database.description}`);

  const user = await db().user.create({ data: { email: `pdf-bench-${Date.now()}@bench.example`, name: "Bench Editor", role: "editor", passwordHash: "x" } });
  const actor = { id: user.id, role: user.role, name: user.name, email: user.email, active: true, mustChangePassword: false };
  const token = await createApiToken(actor, "pdf bench");
  if (!token.ok) throw new Error(token.error.message);
  const metadata = { outlet: "The Daily Example", byline: "Sam Writer", url: "", publishedOn: null };
  const small = await createArticle(actor, { metadata: { ...metadata, title: "A short one" }, body: { text: "The minister said taxes fell by 3.5 percent." }, source: "text" });
  const seeding = performance.now();
  const huge = await createArticle(actor, { metadata: { ...metadata, title: "A 5 MB article" }, body: { text: hugeText(ARTICLE_BYTES) }, source: "text" });
  if (!small.ok || !huge.ok) throw new Error("could not seed the articles");
  const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: huge.value.id }, select: { id: true, text: true } });
  const text = revision.text;
  const next = seededRandom(300);
  await db().annotation.createMany({
    data: Array.from({ length: ANNOTATIONS }, (_, n) => {
      const from = text.indexOf(" ", Math.floor((n + next()) * (text.length / ANNOTATIONS) * 0.999)) + 1;
      const start = from;
      const end = text.indexOf(" ", start + 20 + Math.floor(next() * 60));
      const kind = (["claim", "quote", "allegation"] as const)[n % 3];
      return {
        articleId: huge.value.id,
        revisionId: revision.id,
        kind,
        start,
        end,
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
        status: "approved" as const,
        note: n % 2 ? `Checked against source ${n}.` : "",
        authorId: user.id,
        lastEditedById: user.id,
        ...(kind === "claim" ? { claimant: "The minister", verdict: "false" as const, rationale: "The published data show otherwise." } : {}),
        ...(kind === "quote" ? { speaker: "Amina Khalid", saidWhere: "Press conference", wordingVerified: true } : {}),
        ...(kind === "allegation" ? { allegedBy: "Critics", allegedAgainst: "Northwind Ltd", rightOfReplySought: false } : {}),
      };
    }),
  });
  console.log(`seeded a ${(text.length / 1e6).toFixed(1)} MB article with ${ANNOTATIONS} approved annotations in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

  // The API token is checked once: the light requests are the article read itself.
  const caller = await actorFromApiToken(token.value.token);
  if (!caller) throw new Error("the bench's API token was not accepted");
  const exportInput = async () => {
    const input = await loadExportInput(actor, huge.value.id, { includeAll: true, baseUrl: "https://factdesk.example.org" });
    if (!input.ok) throw new Error(input.error.message);
    return input.value;
  };
  const server = await startServer({
    "/light": async () => {
      const article = await getArticle(caller, small.value.id);
      return { status: article.ok ? 200 : 500, body: JSON.stringify(article.ok ? article.value : null) };
    },
    // As GET /api/articles/{id}/export?format=pdf does now: the scope decided here, read and rendered by the worker.
    "/pdf": async () => {
      const scope = await resolveExportScope(actor, huge.value.id, { includeAll: true, baseUrl: "https://factdesk.example.org" });
      if (!scope.ok) throw new Error(scope.error.message);
      const pdf = await exportStoredReport("pdf", scope.value);
      if (!pdf.ok) throw new Error(pdf.error.message);
      return { body: pdf.value.body as Buffer };
    },
    // The article read here (through Prisma), only the render on the worker: the previous version.
    "/pdf-read-here": async () => {
      const pdf = await exportArticleOffThread("pdf", await exportInput());
      if (!pdf.ok) throw new Error(pdf.error.message);
      return { body: pdf.value.body as Buffer };
    },
    "/pdf-inline": async () => ({ body: (await exportArticle("pdf", await exportInput())).body as Buffer }),
  });
  const pdfOf = (route: string) => async () => {
    const response = await requestFromThread(`${server.url}${route}`);
    if (response.status !== 200) throw new Error(`${route} answered ${response.status} ${response.error ?? ""}`);
    return response.bytes;
  };
  try {
    // The report worker loads its modules and fonts first (a small report), so the idle figure is idle.
    if (!reportWorkerPool()) throw new Error("FACTDESK_REPORT_WORKERS is 0: nothing to compare");
    const warmUp = await loadExportInput(actor, small.value.id, { includeAll: true, baseUrl: "https://factdesk.example.org" });
    if (!warmUp.ok || !(await exportArticleOffThread("pdf", warmUp.value)).ok) throw new Error("the report worker could not render a small report");
    // …and has opened its own database connection.
    const smallScope = await resolveExportScope(actor, small.value.id, { includeAll: true, baseUrl: "https://factdesk.example.org" });
    if (!smallScope.ok || !(await exportStoredReport("pdf", smallScope.value)).ok) throw new Error("the report worker could not read and render a small report");
    const line = (label: string, figures: { idle: number; busy: number; heavyMs: number; samples: number }) =>
      console.log(
        `${label.padEnd(30)} light p95 idle ${figures.idle.toFixed(1)} ms, during the PDF ${figures.busy.toFixed(1)} ms (${(figures.busy / figures.idle).toFixed(1)}×, ${figures.samples} requests); the PDF took ${(figures.heavyMs / 1000).toFixed(1)} s`,
      );
    const now = await p95DuringHeavy(`${server.url}/light`, pdfOf("/pdf"), ROUNDS);
    line("worker reads + renders (now)", now);
    const readHere = await p95DuringHeavy(`${server.url}/light`, pdfOf("/pdf-read-here"), ROUNDS);
    line("read here, worker renders", readHere);
    const before = await p95DuringHeavy(`${server.url}/light`, pdfOf("/pdf-inline"));
    line("request thread (first)", before);
    const ratio = now.busy / now.idle;
    const times = (figures: { idle: number; busy: number }) => `${(figures.busy / figures.idle).toFixed(1)}×`;
    console.log(
      `\nGoal ≤ ${GOAL_RATIO}× idle p95 during a 5 MB article's PDF: ${ratio <= GOAL_RATIO ? "met" : "NOT met"} (${ratio.toFixed(1)}× now, ${times(readHere)} with the article read on the request thread, ${times(before)} all on the request thread)`,
    );
    if (ratio > GOAL_RATIO) process.exitCode = 1;
  } finally {
    await server.close();
    await closeWorkerPools();
    await db().$disconnect();
    await database.embedded?.stop();
  }
}

await runPdfBench();
