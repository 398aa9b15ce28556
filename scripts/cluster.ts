/**
 * `npm run cluster [-- --instances 3 --port 4100]`: N production instances (default 3) on
 * loopback ports behind nginx, against DATABASE_URL, with one AUTH_SECRET for the run (or
 * AUTH_SECRET from the environment). Migrations are applied first. Ctrl-C stops everything.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startCluster } from "./cluster-runner";
import { prepareDatabase } from "./prepare-database";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

async function main() {
  const { values } = parseArgs({ options: { instances: { type: "string", default: "3" }, port: { type: "string", default: "4100" } } });
  const instances = Number(values.instances);
  const port = Number(values.port);
  if (!Number.isInteger(instances) || instances < 1 || instances > 16) throw new Error("--instances must be a whole number from 1 to 16.");
  if (!Number.isInteger(port) || port < 1024 || port + instances > 65535) throw new Error("--port must be a free port from 1024 up, followed by one free port per instance.");
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to the PostgreSQL database the instances share (see README: Running several instances).");
  if (process.env.AUTH_SECRET && process.env.AUTH_SECRET.length < 32) throw new Error("AUTH_SECRET must be at least 32 characters.");
  await prepareDatabase({ root, databaseUrl, dataDir: null, port: 0 });
  const cluster = await startCluster({ root, databaseUrl, instances, port, authSecret: process.env.AUTH_SECRET, output: "inherit" });
  console.log(`\nFactdesk cluster: ${cluster.url} → ${cluster.instances.map((i) => `127.0.0.1:${i.port}`).join(", ")} (nginx, round robin)`);
  console.log(`Logs and the generated nginx.conf: ${cluster.dir}. Ctrl-C stops the cluster.`);
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping the cluster…");
    void cluster.stop().then(() => process.exit(0));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(`Cannot start the cluster: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
