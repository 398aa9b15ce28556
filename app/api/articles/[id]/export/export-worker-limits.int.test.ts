import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as WorkerPools from "@/lib/server/workers/worker-pools";
import type { download as Download } from "./export-fixtures.test-helper";

/**
 * The report workers' limits, end to end through the export route: one worker, a 1 s time limit
 * and no waiting line (set before the app's modules read the configuration).
 */
type Modules = {
  download: typeof Download;
  pool: typeof WorkerPools;
};
let modules: Modules;
let token: string;
let hugeId: string;

beforeAll(async () => {
  process.env.FACTDESK_REPORT_WORKERS = "1";
  process.env.FACTDESK_REPORT_TIMEOUT_MS = "1000";
  process.env.FACTDESK_REPORT_QUEUE = "0";
  const fixtures = await import("./export-fixtures.test-helper");
  const { createArticle } = await import("@/lib/server/articles/create-article");
  modules = { download: fixtures.download, pool: await import("@/lib/server/workers/worker-pools") };
  const seeded = await fixtures.seed();
  token = seeded.token;
  // About 2 MB of text: its PDF takes many seconds to set, far past the 1 s limit.
  const paragraph = "The minister said unemployment had doubled since 2020, a figure the statistics office disputes.\n";
  const created = await createArticle(seeded.editor, {
    metadata: { title: "A very long read", outlet: "", byline: "", url: "", publishedOn: null },
    body: { text: paragraph.repeat(Math.ceil(2_000_000 / paragraph.length)) },
    source: "text",
  });
  if (!created.ok) throw new Error(created.error.message);
  hugeId = created.value.id;
  // The text alone sets in under a second on a quiet machine: 4,000 annotations (copies of one,
  // spread over the text) make the render take several, so the 1 s limit is passed for sure.
  const { createAnnotation } = await import("@/lib/server/annotations/create-annotation");
  const { db } = await import("@/lib/server/db/prisma");
  const first = await createAnnotation(seeded.editor, hugeId, {
    content: { kind: "claim", fields: { claimant: "The minister", verdict: "false", rationale: "The statistics office disputes it." }, note: "", evidence: [] },
    placement: { start: 18, end: 45 },
  } as Parameters<typeof createAnnotation>[2]);
  if (!first.ok) throw new Error(first.error.message);
  const columns = (await db().$queryRaw<{ name: string }[]>`SELECT column_name::text AS name FROM information_schema.columns WHERE table_name = 'Annotation' AND is_generated = 'NEVER'`).map(
    (c) => c.name,
  );
  const copied = columns.map((name) =>
    name === "id" ? `a."id" || '-' || g` : name === "start" ? `a."start" + g * ${paragraph.length}` : name === "end" ? `a."end" + g * ${paragraph.length}` : `a."${name}"`,
  );
  await db().$executeRawUnsafe(
    `INSERT INTO "Annotation" (${columns.map((name) => `"${name}"`).join(", ")}) SELECT ${copied.join(", ")} FROM "Annotation" a, generate_series(1, 4000) g WHERE a."id" = $1`,
    first.value.id,
  );
}, 180_000);

afterAll(async () => {
  await modules?.pool.closeWorkerPools();
});

async function untilBusy(): Promise<void> {
  for (let i = 0; i < 600 && modules.pool.reportWorkerPool()!.stats().busy === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe("report worker limits", () => {
  it("stops a render past the time limit with a clear 504, and refuses another while the worker is busy (503, Retry-After)", async () => {
    const slow = modules.download(token, hugeId, "?format=pdf&scope=all");
    await untilBusy();
    const refused = await modules.download(token, hugeId, "?format=pdf");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(refused.json.error).toMatchObject({
      code: "unavailable",
      message: "The desk is busy with other large work right now, so the PDF report was not started. Try again in a few seconds.",
    });

    const timedOut = await slow;
    expect(timedOut.status).toBe(504);
    expect(timedOut.json.error.code).toBe("timeout");
    expect(timedOut.json.error.message).toBe(
      "The PDF report took longer than 1 s and was stopped. Open the HTML report (Export → HTML) and print it to PDF from the browser, or export approved annotations only.",
    );
    // The worker that ran past the limit was stopped, not left rendering.
    expect(modules.pool.reportWorkerPool()!.stats()).toEqual({ size: 1, busy: 0, queued: 0 });
  }, 180_000);

  it("takes the next report once the timed-out worker has been replaced", async () => {
    const again = modules.download(token, hugeId, "?format=pdf&scope=all");
    await untilBusy();
    expect(modules.pool.reportWorkerPool()!.stats().busy).toBe(1);
    expect((await again).status).toBe(504);
  }, 180_000);
});
