import type { z } from "zod";

/**
 * A named background queue and the payload its jobs carry. The payload schema is checked when a
 * job is sent and again when a worker takes it (a job written by an older release, or by hand,
 * fails with a clear message instead of reaching the handler half-formed).
 */
export type JobQueueDefinition<Payload> = {
  /** Queue name: lowercase words joined by dots or dashes, e.g. `mail.notification`. */
  readonly name: string;
  readonly payload: z.ZodType<Payload>;
  /** Attempts after the first one before the job is failed for good (default 5). */
  readonly retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) on each later one when `retryBackoff` (default 30). */
  readonly retryDelaySeconds: number;
  readonly retryBackoff: boolean;
  /** A running job taking longer than this is failed (and retried) (default 300). */
  readonly expireInSeconds: number;
  /** How many jobs one worker takes at a time (default 1). */
  readonly batchSize: number;
};

export type JobQueueOptions<Payload> = Pick<JobQueueDefinition<Payload>, "name" | "payload"> & Partial<Omit<JobQueueDefinition<Payload>, "name" | "payload">>;

const QUEUE_NAME = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;

/** The payload type of a queue definition. */
export type JobPayload<Queue> = Queue extends JobQueueDefinition<infer Payload> ? Payload : never;

/** Declares a queue with its payload schema, retry and expiry policy (defaults filled in). */
export function defineJobQueue<Payload>(options: JobQueueOptions<Payload>): JobQueueDefinition<Payload> {
  if (!QUEUE_NAME.test(options.name)) throw new Error(`Job queue name "${options.name}" must be lowercase words joined by "." or "-"`);
  const definition = {
    retryLimit: 5,
    retryDelaySeconds: 30,
    retryBackoff: true,
    expireInSeconds: 300,
    batchSize: 1,
    ...options,
  };
  if (!Number.isInteger(definition.retryLimit) || definition.retryLimit < 0) throw new Error(`Job queue "${options.name}": retryLimit must be a whole number ≥ 0`);
  if (definition.retryDelaySeconds < 1 && definition.retryBackoff) throw new Error(`Job queue "${options.name}": retryDelaySeconds must be ≥ 1 with backoff`);
  if (definition.expireInSeconds < 1) throw new Error(`Job queue "${options.name}": expireInSeconds must be ≥ 1`);
  return Object.freeze(definition);
}

/** Name of the queue where a queue's jobs go once their retries are used up. */
export function deadLetterQueueName(queueName: string): string {
  return `${queueName}.failed`;
}

/**
 * The shortest delay before retry number `attempt` (1 = first retry) as pg-boss computes it: with
 * backoff, the base delay doubled on each retry (capped at 2^15 times), plus up to as much again of
 * random jitter. For log lines.
 */
export function minimumRetryDelaySeconds(queue: Pick<JobQueueDefinition<unknown>, "retryDelaySeconds" | "retryBackoff">, attempt: number): number {
  if (!queue.retryBackoff) return queue.retryDelaySeconds;
  return queue.retryDelaySeconds * 2 ** (Math.min(16, Math.max(1, attempt)) - 1);
}

/**
 * A job id (UUID-shaped) derived from a key, e.g. `mail:<notificationId>`: sending twice with the
 * same key adds one job, as long as the first is kept. Uses Web Crypto's SHA-256.
 */
export async function stableJobId(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key)));
  const hex = [...digest.slice(0, 16)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  // Version 8 (custom) and the RFC 4122 variant bits, so it is a well-formed UUID.
  const version = `8${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}
