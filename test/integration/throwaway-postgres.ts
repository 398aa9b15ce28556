import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const BIN = "/usr/lib/postgresql/15/bin";

/** Whether this machine can start a private PostgreSQL 15 cluster for a test. */
export function canStartThrowawayPostgres(): boolean {
  return fs.existsSync(path.join(BIN, "initdb")) && fs.existsSync(path.join(BIN, "pg_ctl"));
}

function asPostgres(command: string, args: string[]): string {
  const isRoot = process.getuid?.() === 0;
  const [file, fullArgs] = isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  return execFileSync(file, fullArgs, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PGPASSWORD: "live" } });
}

/**
 * A private PostgreSQL cluster in a temporary folder, on a loopback port, that a test may stop
 * and restart (never the machine's shared cluster). `url` connects as a superuser to database `live`.
 */
export class ThrowawayPostgres {
  readonly url: string;
  readonly #dir: string;

  readonly #maxConnections: number;

  private constructor(
    readonly port: number,
    dir: string,
    maxConnections: number,
  ) {
    this.#dir = dir;
    this.#maxConnections = maxConnections;
    this.url = `postgresql://live:live@127.0.0.1:${port}/live`;
  }

  /** `maxConnections`: PostgreSQL's `max_connections` (100 unless set). */
  static start(port: number, options: { maxConnections?: number } = {}): ThrowawayPostgres {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-pg-"));
    fs.chmodSync(dir, 0o777);
    const data = path.join(dir, "data");
    const cluster = new ThrowawayPostgres(port, dir, options.maxConnections ?? 100);
    fs.writeFileSync(path.join(dir, "pw"), "live\n", { mode: 0o644 });
    asPostgres(path.join(BIN, "initdb"), ["-D", data, "-U", "live", "--pwfile", path.join(dir, "pw"), "-A", "md5", "--no-sync", "-E", "UTF8"]);
    cluster.#start();
    asPostgres(path.join(BIN, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "live", "live"]);
    return cluster;
  }

  #start(): void {
    asPostgres(path.join(BIN, "pg_ctl"), [
      "-D",
      path.join(this.#dir, "data"),
      "-l",
      path.join(this.#dir, "log"),
      "-w",
      "-t",
      "30",
      "-o",
      `-p ${this.port} -k ${this.#dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=${this.#maxConnections}`,
      "start",
    ]);
  }

  /** Stops the server (fast: open connections are cut; immediate: a crash), then starts it again. */
  restart(options: { downMs?: number; mode?: "fast" | "immediate" } = {}): Promise<void> {
    asPostgres(path.join(BIN, "pg_ctl"), ["-D", path.join(this.#dir, "data"), "-m", options.mode ?? "fast", "-w", "stop"]);
    return new Promise((resolve) =>
      setTimeout(() => {
        this.#start();
        resolve();
      }, options.downMs ?? 0),
    );
  }

  stop(): void {
    try {
      asPostgres(path.join(BIN, "pg_ctl"), ["-D", path.join(this.#dir, "data"), "-m", "immediate", "-w", "stop"]);
    } finally {
      fs.rmSync(this.#dir, { recursive: true, force: true });
    }
  }
}
