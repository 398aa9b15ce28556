import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJobQueue } from "@/lib/jobs/job-queue-definition";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/scripts/embedded-postgres";
import { JobRunner } from "./job-runner";

// The embedded database (PGlite behind scripts/pglite-wire-server.ts) must run the queue too.
let embedded: EmbeddedPostgres;
let runner: JobRunner;
beforeAll(async () => {
  embedded = await startEmbeddedPostgres({ dataDir: null, port: 0 });
  runner = new JobRunner({ connectionString: embedded.url, logger: pino({ level: "silent" }), pollingIntervalSeconds: 0.5, stopTimeoutSeconds: 2 });
});
afterAll(async () => {
  await runner.stop();
  await embedded.stop();
});

const queue = defineJobQueue({ name: "test.embedded", payload: z.object({ n: z.number() }), retryLimit: 1, retryDelaySeconds: 1, retryBackoff: false });

describe("the job queue on the embedded database", () => {
  it("installs its schema, then sends, retries and completes jobs", async () => {
    await runner.start();
    const attempts: string[] = [];
    await runner.work(queue, async ({ n }, job) => {
      attempts.push(`${n}/${job.attempt}`);
      if (job.attempt === 1) throw new Error("first attempt fails");
    });
    const id = await runner.enqueue(queue, { n: 7 });
    const deadline = Date.now() + 20_000;
    while ((await runner.jobState(queue, id)) !== "completed") {
      if (Date.now() > deadline) throw new Error(`job still ${await runner.jobState(queue, id)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(attempts).toEqual(["7/1", "7/2"]);
  });

  it("keeps a schedule", async () => {
    await runner.schedule(queue, "0 6 * * *", { n: 1 });
    await expect(runner.schedule(queue, "not a cron", { n: 1 })).rejects.toThrow();
  });
});
