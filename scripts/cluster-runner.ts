/**
 * Starts N production app instances on loopback ports behind an nginx load balancer run as a
 * plain foreground process with a generated config in a temp folder (no system service).
 * Used by `npm run cluster` and the soak suite. The build must exist (`npm run build`).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { keepAliveArgs } from "../lib/cluster/keep-alive";
import { nginxClusterConfig } from "../lib/cluster/nginx-config";

export type ClusterOptions = {
  root: string;
  databaseUrl: string;
  instances: number;
  /** The load balancer's port; instances take the following ports. */
  port: number;
  authSecret?: string;
  /** Extra environment for every instance. */
  env?: Record<string, string>;
  /** Where instance output goes: "inherit" prints it prefixed, "ignore" keeps a log file only. */
  output?: "inherit" | "ignore";
};

export type ClusterInstance = { index: number; port: number; process: ChildProcess };

export type RunningCluster = {
  url: string;
  dir: string;
  instances: ClusterInstance[];
  /**
   * Balances over the first `count` instances only (the others keep running, unused): rewrites
   * nginx's configuration and reloads it, then waits until the load balancer answers ready.
   */
  balance(count: number): Promise<void>;
  /** Sends `signal` to one instance (the soak suite's SIGKILL). */
  kill(index: number, signal: NodeJS.Signals): void;
  /** Stops nginx and every instance (SIGTERM, then SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
};

/** Where nginx is, or null when the Debian package is not installed. */
export function findNginx(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

/** A failure that no amount of waiting will cure (a process exited). */
class StartFailure extends Error {}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const done = await check().catch((error: unknown) => {
      if (error instanceof StartFailure) throw error;
      return false;
    });
    if (done) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}.`);
}

async function isReady(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  await response.body?.cancel();
  return response.status === 200;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts the instances and the load balancer and resolves once all answer ready. */
export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx is not installed (Debian: apt-get install -y nginx).");
  if (!fs.existsSync(path.join(options.root, ".next/BUILD_ID"))) throw new Error("No production build: run `npm run build` first.");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-cluster-"));
  fs.chmodSync(dir, 0o777);
  const authSecret = options.authSecret ?? randomBytes(32).toString("base64");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: authSecret,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_MANUAL_SIG_HANDLE: "1",
  };
  const instances: ClusterInstance[] = [];
  for (let index = 0; index < options.instances; index += 1) {
    const port = options.port + 1 + index;
    const log = fs.openSync(path.join(dir, `instance-${index + 1}.log`), "a");
    const child = spawn(process.execPath, [path.join(options.root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1", ...keepAliveArgs()], {
      cwd: options.root,
      env: { ...env, PORT: String(port), FACTDESK_INSTANCE: `instance-${index + 1}` },
      stdio: ["ignore", options.output === "inherit" ? "pipe" : log, options.output === "inherit" ? "pipe" : log],
    });
    if (options.output === "inherit") {
      const prefix = `[instance ${index + 1}:${port}] `;
      const forward = (chunk: Buffer) => {
        fs.writeSync(log, chunk);
        process.stdout.write(chunk.toString().replace(/^(?=.)/gm, prefix));
      };
      child.stdout?.on("data", forward);
      child.stderr?.on("data", forward);
    }
    instances.push({ index, port, process: child });
  }
  const writeConfig = (count: number) =>
    fs.writeFileSync(path.join(dir, "nginx.conf"), nginxClusterConfig({ dir, listenPort: options.port, instancePorts: instances.slice(0, count).map((i) => i.port) }));
  writeConfig(instances.length);
  const balancer = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
  let balancerError = "";
  balancer.stderr?.on("data", (chunk: Buffer) => (balancerError += chunk.toString()));

  const stop = async (graceMs = 15_000) => {
    const all = [...instances.map((i) => i.process), balancer];
    for (const child of all) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => all.forEach((child) => child.exitCode === null && child.signalCode === null && child.kill("SIGKILL")), graceMs);
    await Promise.all(all.map(exited));
    clearTimeout(timer);
  };

  try {
    const url = `http://127.0.0.1:${options.port}`;
    await Promise.all(
      instances.map((instance) =>
        waitUntil(
          async () => {
            if (instance.process.exitCode !== null) throw new StartFailure(`instance ${instance.index + 1} exited; see ${dir}/instance-${instance.index + 1}.log`);
            return isReady(`http://127.0.0.1:${instance.port}/api/health/ready`);
          },
          90_000,
          `instance ${instance.index + 1} on port ${instance.port}`,
        ),
      ),
    );
    await waitUntil(
      async () => {
        if (balancer.exitCode !== null) throw new StartFailure(`nginx exited: ${balancerError.trim()}`);
        return isReady(`${url}/api/health/ready`);
      },
      15_000,
      `nginx on port ${options.port}`,
    );
    const balance = async (count: number) => {
      if (!Number.isInteger(count) || count < 1 || count > instances.length) throw new Error(`Cannot balance over ${count} of ${instances.length} instances.`);
      writeConfig(count);
      balancer.kill("SIGHUP");
      // nginx starts new workers with the new configuration and lets the old ones finish.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await waitUntil(() => isReady(`${url}/api/health/ready`), 15_000, `nginx to reload with ${count} instances`);
    };
    return { url, dir, instances, balance, kill: (index, signal) => instances[index]?.process.kill(signal), stop };
  } catch (error) {
    await stop(2_000);
    throw error;
  }
}
