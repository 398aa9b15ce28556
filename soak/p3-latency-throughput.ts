/**
 * P3 (a measurement, not a pass/fail check): API write latency p50/p95 with E editors creating at
 * once through the load balancer, against a raw `pg` round trip (BEGIN, annotation INSERT, audit
 * INSERT, COMMIT) at the same concurrency on the same database, measured in the same run; then
 * read throughput (GET of an annotation page) through the load balancer with 1, 2 and 3 instances.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { RunningCluster } from "../scripts/cluster-runner";
import { inParallel, quantile, soakRequest } from "./soak-http";
import { ARTICLE_TEXT, claimBody, type ScenarioResult, type SoakContext } from "./soak-context";
import { createSoakArticle } from "./soak-setup";

/** The goal: API p95 at most this many times the raw round trip's p95. */
const GOAL_RATIO = 3;

export type P3Options = { databaseUrl: string; perEditor: number; readSeconds: number; readConcurrency: number };

/** p50/p95 of raw transactions: one connection per editor, each inserting an annotation and its audit event. */
async function rawRoundTrips(context: SoakContext, databaseUrl: string, articleId: string, perEditor: number): Promise<number[]> {
  const revision = await context.db.articleRevision.findFirstOrThrow({ where: { articleId }, select: { id: true } });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: context.editors.length });
  pool.on("error", () => undefined);
  const latencies: number[] = [];
  try {
    // Open every connection first: the figure is the round trip, not connection set-up.
    const warm = await Promise.all(context.editors.map(() => pool.connect()));
    for (const client of warm) client.release();
    await Promise.all(
      context.editors.map(async (editor, e) => {
        for (let a = 0; a < perEditor; a += 1) {
          const body = claimBody(1_000_000 + e * perEditor + a);
          const id = randomUUID();
          const client = await pool.connect();
          const started = performance.now();
          try {
            await client.query("BEGIN");
            await client.query(
              `INSERT INTO "Annotation" ("id", "articleId", "kind", "revisionId", "start", "end", "exact", "prefix", "suffix", "claimant", "authorId", "lastEditedById", "updatedAt")
               VALUES ($1, $2, 'claim', $3, $4, $5, $6, '', '', $7, $8, $8, now())`,
              [id, articleId, revision.id, body.start, body.end, ARTICLE_TEXT.slice(body.start, body.end), body.fields.claimant, editor.id],
            );
            await client.query(
              `INSERT INTO "AuditEvent" ("actorId", "entityType", "entityId", "articleId", "action", "type", "after") VALUES ($1, 'annotation', $2, $3, 'create', 'annotation.created', $4)`,
              [editor.id, id, articleId, JSON.stringify({ id, kind: "claim" })],
            );
            await client.query("COMMIT");
            latencies.push(performance.now() - started);
          } catch (error) {
            await client.query("ROLLBACK").catch(() => undefined);
            throw error;
          } finally {
            client.release();
          }
        }
      }),
    );
  } finally {
    await pool.end();
  }
  return latencies;
}

/** API creates: every editor at once, `perEditor` each, through the load balancer. */
async function apiCreates(context: SoakContext, articleId: string, perEditor: number): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(
    context.editors.map(async (editor, e) => {
      for (let a = 0; a < perEditor; a += 1) {
        const response = await soakRequest(context.baseUrl, `/api/articles/${articleId}/annotations`, { method: "POST", token: editor.token, body: claimBody(e * perEditor + a) });
        if (response.status === 201) latencies.push(response.ms);
        else errors += 1;
      }
    }),
  );
  return { latencies, errors };
}

/** Successful GETs of one annotation page per second, `concurrency` at a time for `seconds`. */
async function readThroughput(context: SoakContext, articleId: string, seconds: number, concurrency: number): Promise<{ perSecond: number; errors: number }> {
  let done = 0;
  let errors = 0;
  const started = performance.now();
  const stopAt = started + seconds * 1_000;
  await inParallel(concurrency, concurrency, async (i) => {
    const token = context.editors[i % context.editors.length].token;
    for (let n = 0; n < 100_000 && performance.now() < stopAt; n += 1) {
      const response = await soakRequest(context.baseUrl, `/api/articles/${articleId}/annotations?limit=50`, { token, timeoutMs: 30_000 });
      if (response.status === 200) done += 1;
      else errors += 1;
    }
  });
  return { perSecond: done / ((performance.now() - started) / 1_000), errors };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

export async function latencyAndThroughput(context: SoakContext, cluster: RunningCluster, options: P3Options): Promise<ScenarioResult> {
  const articleId = await createSoakArticle(context, "P3 latency and throughput");
  const raw = await rawRoundTrips(context, options.databaseUrl, articleId, options.perEditor);
  const api = await apiCreates(context, articleId, options.perEditor);
  const rawP95 = quantile(raw, 0.95);
  const apiP95 = quantile(api.latencies, 0.95);
  const ratio = apiP95 / rawP95;
  const throughput: string[] = [];
  let readErrors = 0;
  try {
    for (let instances = 1; instances <= cluster.instances.length; instances += 1) {
      await cluster.balance(instances);
      const result = await readThroughput(context, articleId, options.readSeconds, options.readConcurrency);
      readErrors += result.errors;
      throughput.push(`${instances}: ${result.perSecond.toFixed(0)}/s`);
    }
  } finally {
    await cluster.balance(cluster.instances.length);
  }
  const editors = context.editors.length;
  return {
    name: "P3 latency, throughput",
    // A measurement: it fails only when requests fail, never on the figures.
    ok: api.errors === 0 && readErrors === 0,
    summary:
      `${editors} editors × ${options.perEditor} creates: API p50 ${ms(quantile(api.latencies, 0.5))}, p95 ${ms(apiP95)}; raw pg INSERT + audit INSERT p50 ${ms(quantile(raw, 0.5))}, p95 ${ms(rawP95)}; ` +
      `p95 ratio ${ratio.toFixed(1)}× (goal ≤ ${GOAL_RATIO}×: ${ratio <= GOAL_RATIO ? "goal met" : "goal not met"}); ` +
      `reads of a 50-annotation page (${options.readConcurrency} at once, ${options.readSeconds} s) by instances behind nginx: ${throughput.join(", ")}`,
    details: [...(api.errors ? [`${api.errors} API creates failed`] : []), ...(readErrors ? [`${readErrors} reads failed`] : [])],
  };
}
