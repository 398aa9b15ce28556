import "server-only";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import { deadLetterQueueName, minimumRetryDelaySeconds, type JobQueueDefinition } from "@/lib/jobs/job-queue-definition";
import type { Prisma } from "@/lib/server/db/generated/client";

/** Handles one job's validated payload; throwing fails the attempt (retried per the queue's policy). */
export type JobHandler<Payload> = (payload: Payload, job: JobAttempt) => Promise<void>;

/** Which attempt of which job a handler runs (`lastAttempt`: a failure now is final). */
export type JobAttempt = { id: string; attempt: number; lastAttempt: boolean };

/** Where to write a job: the runner's own pool, or an open Prisma transaction (the job commits with it). */
export type EnqueueOptions = {
  tx?: Prisma.TransactionClient;
  /** Run no earlier than this. */
  startAfter?: Date;
  /** Job id (a UUID); a second send with the same id is ignored. */
  id?: string;
};

export type JobRunnerOptions = {
  connectionString: string;
  logger: Logger;
  /** How often idle workers look for work (≥ 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Seconds a stopping runner waits for running jobs. */
  stopTimeoutSeconds?: number;
  /** PostgreSQL schema pg-boss keeps its tables in. */
  schema?: string;
  /** Connections of the runner's pool. */
  maxConnections?: number;
  /** Called for every failed attempt (`final`: no retry left), e.g. to count failures in the metrics. */
  onJobFailed?: (queue: string, final: boolean) => void;
};

/** pg-boss's `db` seam over a Prisma transaction, so a job is inserted in the caller's transaction. */
function transactionExecutor(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const params = values.map((value) => (value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value));
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}

/**
 * The app's background job queue: pg-boss on the app's PostgreSQL (its own schema), shared by every
 * instance — a job is taken by one worker of one instance. Queues are declared with
 * `defineJobQueue` (named, typed payloads, retry with backoff, expiry); a job whose retries are used
 * up is logged at `error` and kept in the queue's `<name>.failed` dead-letter queue. One runner per
 * process (see `job-runner-instance.ts`).
 */
export class JobRunner {
  readonly #boss: PgBoss;
  readonly #logger: Logger;
  readonly #options: JobRunnerOptions;
  readonly #created = new Set<string>();
  #started: Promise<void> | null = null;
  #stopped = false;

  constructor(options: JobRunnerOptions) {
    this.#options = options;
    this.#logger = options.logger.child({ component: "jobs" });
    this.#boss = new PgBoss({
      connectionString: options.connectionString,
      schema: options.schema ?? "pgboss",
      max: options.maxConnections ?? 4,
      application_name: "factdesk-jobs",
    });
    this.#boss.on("error", (error) => this.#logger.error({ err: error }, "job queue error"));
  }

  /** Installs or upgrades pg-boss's schema (under its own advisory lock) and starts maintenance and schedules. Idempotent. */
  start(): Promise<void> {
    this.#started ??= this.#boss.start().then(
      () => this.#logger.debug("job queue started"),
      (error: unknown) => {
        this.#started = null; // a later call tries again (the database may not be up yet)
        throw error;
      },
    );
    return this.#started;
  }

  /** Creates the queue and its dead-letter queue if missing, and applies the definition's policy. */
  async ensureQueue(queue: JobQueueDefinition<unknown>): Promise<void> {
    await this.start();
    if (this.#created.has(queue.name)) return;
    const deadLetter = deadLetterQueueName(queue.name);
    const policy = { retryLimit: queue.retryLimit, retryDelay: queue.retryDelaySeconds, retryBackoff: queue.retryBackoff, expireInSeconds: queue.expireInSeconds };
    if (!(await this.#boss.getQueue(deadLetter))) await this.#boss.createQueue(deadLetter, { name: deadLetter, retryLimit: 0, retentionDays: 30 });
    if (await this.#boss.getQueue(queue.name)) await this.#boss.updateQueue(queue.name, { name: queue.name, ...policy, deadLetter });
    else await this.#boss.createQueue(queue.name, { name: queue.name, ...policy, deadLetter });
    this.#created.add(queue.name);
  }

  /** Adds a job (payload validated first). With `tx`, it is written in that transaction and exists only if it commits. */
  async enqueue<Payload>(queue: JobQueueDefinition<Payload>, payload: Payload, options: EnqueueOptions = {}): Promise<string> {
    const data = queue.payload.parse(payload) as object;
    if (options.tx) {
      // The queue must exist before the caller's transaction: creating it needs other connections.
      if (!this.#created.has(queue.name)) throw new Error(`Job queue "${queue.name}" is not ready: call ensureQueue before enqueueing in a transaction`);
    } else {
      await this.ensureQueue(queue);
    }
    const id = await this.#boss.send(queue.name, data, {
      ...(options.tx ? { db: transactionExecutor(options.tx) } : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.id ? { id: options.id } : {}),
    });
    if (!id && !options.id) throw new Error(`Job queue "${queue.name}" refused a job`);
    return id ?? options.id!;
  }

  /** Starts a worker on this instance for the queue: each job's payload is validated, then handled; failures are retried per the queue. */
  async work<Payload>(queue: JobQueueDefinition<Payload>, handler: JobHandler<Payload>): Promise<void> {
    await this.ensureQueue(queue);
    await this.#boss.work<unknown>(queue.name, { includeMetadata: true, batchSize: queue.batchSize, pollingIntervalSeconds: this.#options.pollingIntervalSeconds ?? 2 }, async (jobs) => {
      for (const job of jobs) await this.#runOne(queue, handler, job);
    });
  }

  async #runOne<Payload>(queue: JobQueueDefinition<Payload>, handler: JobHandler<Payload>, job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
    const attempt = job.retryCount + 1;
    const context = { queue: queue.name, jobId: job.id, attempt };
    const parsed = queue.payload.safeParse(job.data);
    try {
      if (!parsed.success)
        throw new Error(`Job payload does not match queue "${queue.name}": ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`).join("; ")}`);
      await handler(parsed.data, { id: job.id, attempt, lastAttempt: job.retryCount >= job.retryLimit });
      this.#logger.debug(context, "job done");
    } catch (error) {
      this.#options.onJobFailed?.(queue.name, job.retryCount >= job.retryLimit);
      if (job.retryCount < job.retryLimit) {
        this.#logger.warn({ ...context, err: error, retryInSeconds: minimumRetryDelaySeconds(queue, attempt) }, "job failed; will retry");
      } else {
        this.#logger.error({ ...context, err: error, deadLetter: deadLetterQueueName(queue.name) }, "job failed for good; moved to its dead-letter queue");
      }
      throw error;
    }
  }

  /** Sends the queue one job with `payload` on every match of the cron expression (UTC unless `tz`); replaces an earlier schedule of that queue. */
  async schedule<Payload>(queue: JobQueueDefinition<Payload>, cron: string, payload: Payload, options: { tz?: string } = {}): Promise<void> {
    await this.ensureQueue(queue);
    await this.#boss.schedule(queue.name, cron, queue.payload.parse(payload) as object, { tz: options.tz ?? "UTC" });
  }

  /** Removes the queue's schedule, if any. */
  async unschedule(queue: JobQueueDefinition<unknown>): Promise<void> {
    await this.start();
    await this.#boss.unschedule(queue.name);
  }

  /** A job's state (`created`, `retry`, `active`, `completed`, `failed`, `cancelled`), or null. For tests and tools. */
  async jobState(queue: JobQueueDefinition<unknown>, id: string): Promise<string | null> {
    await this.start();
    return (await this.#boss.getJobById(queue.name, id, { includeArchive: true }))?.state ?? null;
  }

  /** Whether the runner has started and not been stopped (the readiness check asks). */
  get running(): boolean {
    return this.#started !== null && !this.#stopped;
  }

  /** Jobs waiting (created or to retry) and jobs in the dead-letter queue, per queue this runner works on (the metrics read it). */
  async queueSizes(): Promise<Record<string, { waiting: number; deadLetter: number }>> {
    if (!this.running) return {};
    const sizes: Record<string, { waiting: number; deadLetter: number }> = {};
    for (const name of this.#created) {
      if (name.endsWith(".failed")) continue;
      const [waiting, deadLetter] = await Promise.all([this.#boss.getQueueSize(name, { before: "active" }), this.#boss.getQueueSize(deadLetterQueueName(name))]);
      sizes[name] = { waiting, deadLetter };
    }
    return sizes;
  }

  /** Stops taking jobs, waits up to the stop timeout for running ones, and closes the pool. */
  async stop(): Promise<void> {
    if (this.#stopped || !this.#started) return;
    this.#stopped = true;
    await this.#started.catch(() => undefined);
    await this.#boss.stop({ graceful: true, wait: true, timeout: (this.#options.stopTimeoutSeconds ?? 20) * 1000 });
  }
}
