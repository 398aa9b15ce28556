/**
 * `npm run bench -- api`: the annotation API of the production build (`npm run build` first)
 * against baselines served in the same run by a plain HTTP server in this process:
 * - read: `GET /api/articles/{id}/annotations?limit=500` of an article with 500 annotations,
 *   against the same rows (the columns the API shows) read with one raw `pg` query (joins
 *   included) and `JSON.stringify`
 *   (goal ≤ 2× at p50);
 * - create: `POST /api/articles/{id}/annotations` (a claim by start/end), against a raw `pg`
 *   INSERT of the annotation plus its audit row in one transaction (goal ≤ 3× at p50).
 * Each at 1 and 10 concurrent clients (closed loop, from another thread); p50/p95 and ratios.
 * The reads ask for the JSON as it is (`accept-encoding: identity`), as the baseline sends it:
 * the app would otherwise gzip half a megabyte (and the client unzip it) where the baseline
 * does not. The compressed read is printed too, for information (behind a load balancer the
 * balancer usually compresses).
 * Uses DATABASE_URL (else an embedded PostgreSQL). Run with the react-server condition
 * (bench/run.ts does): it seeds through the app's server code.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { prepareDatabase } from "../scripts/prepare-database";
import { createAnnotatedArticle, createBenchUser } from "./annotated-desk";
import { percentile, runLoad, type LoadRequest } from "./http-load";
import { startProductionServer } from "./production-server";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const READ_GOAL = 2;
const CREATE_GOAL = 3;

const BASELINE_READ_SQL = `
  SELECT a."id", a."articleId", a."kind", a."status", a."anchorState", a."version", a."start", a."end", a."exact", a."prefix", a."suffix", a."previousExact", a."note",
         a."claimant", a."verdict", a."rationale", a."speaker", a."saidWhere", a."saidOn", a."wordingVerified", a."allegedBy", a."allegedAgainst",
         a."rightOfReplySought", a."rightOfReplySoughtOn", a."createdAt", a."updatedAt", a."reusedFromId", r."number" AS "revisionNumber", au."name" AS "authorName", ed."name" AS "lastEditedByName",
         d."action" AS "decisionAction", d."reason" AS "decisionReason", d."createdAt" AS "decisionAt", da."id" AS "decisionById", da."name" AS "decisionByName",
         COALESCE((SELECT json_agg(json_build_object('url', e."url", 'title', e."title", 'excerpt', e."excerpt", 'accessedOn', e."accessedOn") ORDER BY e."position")
                   FROM "Evidence" e WHERE e."annotationId" = a."id"), '[]') AS "evidence"
  FROM "Annotation" a
  JOIN "ArticleRevision" r ON r."id" = a."revisionId"
  JOIN "User" au ON au."id" = a."authorId"
  JOIN "User" ed ON ed."id" = a."lastEditedById"
  LEFT JOIN "ReviewDecision" d ON d."id" = a."lastDecisionId"
  LEFT JOIN "User" da ON da."id" = d."actorId"
  WHERE a."articleId" = $1 AND a."deletedAt" IS NULL
  ORDER BY a."start", a."end" DESC, a."id"
  LIMIT 501`;

function startBaselineServer(pool: pg.Pool, context: { revisionId: string; authorId: string }) {
  let counter = 0;
  const server = http.createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://localhost");
      if (request.method === "GET") {
        const { rows } = await pool.query(BASELINE_READ_SQL, [url.searchParams.get("article")]);
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ annotations: rows, nextCursor: null }));
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { kind: string; start: number; end: number; note: string; fields: { claimant: string; verdict: string; rationale: string } };
      const articleId = url.searchParams.get("article");
      const id = `baseline${process.pid}${Date.now()}${counter++}`;
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const inserted = await client.query(
          `INSERT INTO "Annotation" ("id", "articleId", "kind", "revisionId", "start", "end", "exact", "prefix", "suffix", "note", "claimant", "verdict", "rationale", "authorId", "lastEditedById", "lastActorId", "updatedAt")
           VALUES ($1, $2, $3::"AnnotationKind", $4, $5, $6, '', '', '', $7, $8, $9::"Verdict", $10, $11, $11, $11, now()) RETURNING *`,
          [id, articleId, body.kind, context.revisionId, body.start, body.end, body.note, body.fields.claimant, body.fields.verdict, body.fields.rationale, context.authorId],
        );
        await client.query(
          `INSERT INTO "AuditEvent" ("actorId", "entityType", "entityId", "articleId", "action", "type", "after") VALUES ($1, 'annotation', $2, $3, 'create', 'annotation.created', $4::jsonb)`,
          [context.authorId, id, articleId, JSON.stringify(inserted.rows[0])],
        );
        await client.query("COMMIT");
        response.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify(inserted.rows[0]));
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

type Row = { name: string; clients: number; p50: number; p95: number; perSecond: number; bytes: number };

async function measure(name: string, request: LoadRequest, count: number, clients: number): Promise<Row> {
  const result = await runLoad(request, count, clients);
  if (result.failures.length > 0) throw new Error(`${name}: ${result.failures.length} failed, e.g. ${result.failures[0]}`);
  return { name, clients, p50: percentile(result.latencies, 50), p95: percentile(result.latencies, 95), perSecond: (count / result.wallMs) * 1000, bytes: result.bytes / count };
}

function print(row: Row, baseline: Row | null) {
  const ratio = baseline ? `  ×baseline p50 ${(row.p50 / baseline.p50).toFixed(2)}  p95 ${(row.p95 / baseline.p95).toFixed(2)}` : "";
  console.log(
    `${row.name.padEnd(34)} ${String(row.clients).padStart(2)} client${row.clients === 1 ? " " : "s"}  p50 ${row.p50.toFixed(1).padStart(7)} ms  p95 ${row.p95.toFixed(1).padStart(7)} ms  ${row.perSecond.toFixed(0).padStart(5)}/s  ${(row.bytes / 1024).toFixed(0).padStart(4)} KB${ratio}`,
  );
}

export async function runApiBench(): Promise<void> {
  const database = await prepareDatabase({ root, databaseUrl: process.env.DATABASE_URL, dataDir: null, port: 0 });
  process.env.DATABASE_URL = database.url;
  process.env.LOG_LEVEL ??= "silent";
  console.log(`database: ${database.description}`);
  const editor = await createBenchUser("editor", "api-editor");
  const reviewer = await createBenchUser("reviewer", "api-reviewer");
  const readArticle = await createAnnotatedArticle(editor, reviewer, 8_000, 500);
  const writeArticle = await createAnnotatedArticle(editor, reviewer, 2_000, 0);
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  const { rows } = await pool.query<{ id: string }>(`SELECT "id" FROM "ArticleRevision" WHERE "articleId" = $1`, [writeArticle.id]);
  const baseline = await startBaselineServer(pool, { revisionId: rows[0].id, authorId: editor.id });
  const app = await startProductionServer(database.url);
  const auth = { authorization: `Bearer ${editor.token}` };
  const words = writeArticle.text.split(" ").length;
  const claim = (index: number) => {
    const start = ((index * 37) % (writeArticle.text.length - 200)) + 1;
    return JSON.stringify({ kind: "claim", fields: { claimant: "The minister", verdict: "unverified", rationale: "" }, note: `bench ${index}`, evidence: [], start, end: start + 40 });
  };
  const requests = {
    appRead: { url: `${app.url}/api/articles/${readArticle.id}/annotations?limit=500`, method: "GET", headers: { ...auth, "accept-encoding": "identity" } },
    appReadGzip: { url: `${app.url}/api/articles/${readArticle.id}/annotations?limit=500`, method: "GET", headers: { ...auth, "accept-encoding": "gzip" } },
    baseRead: { url: `${baseline.url}/read?article=${readArticle.id}`, method: "GET", headers: { "accept-encoding": "identity" } },
    appCreate: { url: `${app.url}/api/articles/${writeArticle.id}/annotations`, method: "POST", headers: { ...auth, "content-type": "application/json" }, body: claim },
    baseCreate: { url: `${baseline.url}/create?article=${writeArticle.id}`, method: "POST", headers: { "content-type": "application/json" }, body: claim },
  } satisfies Record<string, LoadRequest>;
  try {
    console.log(`read: 500 annotations of an 8,000-word article; create: claims on a ${words}-word article`);
    // Warm up both (the app compiles its routes lazily; the pool opens its connections).
    for (const request of Object.values(requests)) await runLoad(request, 20, 2);
    const reads: [Row, Row][] = [];
    const creates: [Row, Row][] = [];
    for (const clients of [1, 10]) {
      const count = clients === 1 ? 100 : 300;
      const base = await measure("baseline: raw pg + JSON.stringify", requests.baseRead, count, clients);
      const api = await measure("GET annotations (500)", requests.appRead, count, clients);
      reads.push([api, base]);
      print(base, null);
      print(api, base);
      print(await measure("  the same, gzipped (information)", requests.appReadGzip, count, clients), base);
    }
    for (const clients of [1, 10]) {
      const count = clients === 1 ? 100 : 300;
      const base = await measure("baseline: raw pg INSERT + audit", requests.baseCreate, count, clients);
      const api = await measure("POST annotation", requests.appCreate, count, clients);
      creates.push([api, base]);
      print(base, null);
      print(api, base);
    }
    const verdict = (pairs: [Row, Row][], goal: number) =>
      pairs.map(([api, base]) => `${(api.p50 / base.p50).toFixed(2)}× at ${api.clients} (${api.p50 / base.p50 <= goal ? "met" : "NOT met"})`).join(", ");
    console.log(`\ngoal read ≤ ${READ_GOAL}× baseline p50: ${verdict(reads, READ_GOAL)}`);
    console.log(`goal create ≤ ${CREATE_GOAL}× baseline p50: ${verdict(creates, CREATE_GOAL)}`);
  } finally {
    await app.stop();
    await baseline.close();
    await pool.end();
    await database.embedded?.stop();
  }
}

await runApiBench();
process.exit(0);
