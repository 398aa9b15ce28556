/**
 * `npm run soak [-- --short] [-- --port 4100] [-- --only R1,R5,P3]`: the soak suite against a real
 * cluster (3 instances behind nginx) on a throwaway PostgreSQL on loopback, so the restart
 * scenario never disturbs other databases. R1, R2, R5 and P3 run first, on a whole cluster; R3
 * restarts PostgreSQL; R4 kills an instance, so it comes last. `--short` (CI) runs R1–R4 at
 * reduced counts. Every loop is bounded in count and time; prints a table; exits 1 on any loss
 * (2 when it cannot run here). `--json <file>` also writes `[{ name, ok }]` for `npm test`.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { findNginx, startCluster, type RunningCluster } from "../scripts/cluster-runner";
import { canStartThrowawayPostgres, ThrowawayPostgres } from "../test/integration/throwaway-postgres";
import type { ScenarioResult, SoakContext } from "./soak-context";
import { formatSoakTable } from "./soak-table";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { short: { type: "boolean", default: false }, port: { type: "string", default: "4100" }, only: { type: "string" }, json: { type: "string" } } });
  const short = values.short ?? false;
  const port = Number(values.port);
  if (!findNginx()) {
    console.error("The soak suite needs nginx (Debian: apt-get install -y nginx).");
    return 2;
  }
  if (!canStartThrowawayPostgres()) {
    console.error("The soak suite needs PostgreSQL 15 server binaries (/usr/lib/postgresql/15/bin) for its throwaway database.");
    return 2;
  }
  if (!Number.isInteger(port) || port < 1024 || port > 65_000) {
    console.error("--port must be a free loopback port from 1024 to 65000 (the instances take the next 3, PostgreSQL port + 90).");
    return 2;
  }
  // Room for 3 instances' pools, the suite's own and P3's 50 raw connections.
  const postgres = ThrowawayPostgres.start(port + 90, { maxConnections: 300 });
  let cluster: RunningCluster | null = null;
  try {
    process.env.DATABASE_URL = postgres.url;
    const { prepareDatabase } = await import("../scripts/prepare-database");
    await prepareDatabase({ root, databaseUrl: postgres.url, dataDir: null, port: 0 });
    console.log(`Starting 3 instances behind nginx on 127.0.0.1:${port} (PostgreSQL on ${postgres.port})…`);
    // A create left pending by the SIGKILLed instance is taken over after twice the request limit
    // (R4): short in CI; the full run saves a revision of 5,000 annotations under load (R5).
    const requestTimeoutMs = short ? 10_000 : 30_000;
    cluster = await startCluster({ root, databaseUrl: postgres.url, instances: 3, port, output: "ignore", env: { FACTDESK_REQUEST_TIMEOUT_MS: String(requestTimeoutMs) } });
    console.log(`Instance logs and nginx.conf: ${cluster.dir}`);
    const { createSoakEditors } = await import("./soak-setup");
    const { db } = await import("@/lib/server/db/prisma");
    const editorCount = short ? 10 : 50;
    const context: SoakContext = { baseUrl: cluster.url, editors: await createSoakEditors(editorCount), db: db(), short };
    const wanted = (name: string) => !values.only || values.only.split(",").includes(name);
    const results: ScenarioResult[] = [];
    const run = async (name: string, scenario: () => Promise<ScenarioResult>) => {
      if (!wanted(name)) return;
      console.log(`Running ${name}…`);
      const started = Date.now();
      const result = await scenario().catch((error: unknown): ScenarioResult => ({ name, ok: false, summary: `crashed: ${error instanceof Error ? error.message : String(error)}` }));
      result.summary += ` (${((Date.now() - started) / 1000).toFixed(1)} s)`;
      console.log(`  ${result.ok ? "PASS" : "FAIL"} ${result.summary}`);
      results.push(result);
    };
    const { concurrentCreates } = await import("./r1-concurrent-creates");
    const { staleUpdates } = await import("./r2-stale-updates");
    await run("R1", () => concurrentCreates(context, short ? 10 : 20));
    await run("R2", () => staleUpdates(context, short ? 20 : 50));
    const running = cluster;
    if (!short) {
      const { revisionUnderReaders } = await import("./r5-revision-under-readers");
      const { latencyAndThroughput } = await import("./p3-latency-throughput");
      await run("R5", () => revisionUnderReaders(context, 5_000, 20));
      await run("P3", () => latencyAndThroughput(context, running, { databaseUrl: postgres.url, perEditor: 20, readSeconds: 8, readConcurrency: 32 }));
    }
    const { postgresRestart } = await import("./r3-postgres-restart");
    const { instanceKill } = await import("./r4-instance-kill");
    await run("R3", () => postgresRestart(context, postgres, short ? 5 : 20));
    await run("R4", () => instanceKill(context, running, short ? 5 : 20, short ? 3 : 10, 2 * requestTimeoutMs + 10_000));
    console.log(`\nSoak suite${short ? " (short)" : ""}: 3 instances behind nginx\n${formatSoakTable(results)}`);
    if (values.json) fs.writeFileSync(values.json, JSON.stringify(results.map(({ name, ok }) => ({ name, ok }))));
    return results.every((r) => r.ok) ? 0 : 1;
  } finally {
    await cluster?.stop(5_000);
    postgres.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(`The soak suite could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
