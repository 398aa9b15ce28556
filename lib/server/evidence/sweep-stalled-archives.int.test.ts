import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ARCHIVE_LIMITS } from "@/lib/archive/fetch-snapshot";
import { startEvidenceServer, type EvidenceServer } from "@/lib/archive/test-support/evidence-server";
import { checkPublicAddress } from "@/lib/import/address-policy";
import { evidenceArchiveQueue } from "@/lib/jobs/evidence-archive-queue";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { createArticle } from "@/lib/server/articles/create-article";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { jobRunner } from "@/lib/server/jobs/job-runner-instance";
import { createTestUser } from "@/test/integration/factories";
import { evidenceArchiveHandler } from "./evidence-archive-job";
import { listEvidenceArchive } from "./list-evidence-archive";
import { retryEvidenceArchive } from "./retry-evidence-archive";
import { sweepStalledArchives } from "./sweep-stalled-archives";

let server: EvidenceServer;
let editor: Actor;
beforeAll(async () => {
  server = await startEvidenceServer();
  editor = await createTestUser("editor");
});
afterAll(async () => {
  await server.close();
});

// 127.0.0.1 stands in for a public web site; every other address follows the production policy.
const handler = evidenceArchiveHandler({
  limits: { ...DEFAULT_ARCHIVE_LIMITS, timeoutMs: 2_000, maxBytes: 512 * 1024 },
  perHost: 2,
  fetch: { addressPolicy: (address) => (address === "127.0.0.1" ? { allowed: true } : checkPublicAddress(address)) },
});
const STALLED_AFTER_MS = 15 * 60_000;
const settings = { stalledAfterMs: STALLED_AFTER_MS, maxRequeues: 2 };

/** An annotation with one evidence URL on the local server; its archive job is queued with it. */
async function pendingEvidence() {
  const article = await createArticle(editor, {
    metadata: { title: "Exports", outlet: "", byline: "", url: "", publishedOn: null },
    body: { text: "The minister said exports grew." },
    source: "text",
  });
  if (!article.ok) throw new Error(article.error.message);
  const created = await createAnnotation(editor, article.value.id, {
    placement: { start: 0, end: 12 },
    content: {
      kind: "claim",
      fields: { claimant: "The minister", verdict: "unverified", rationale: "" },
      note: "",
      evidence: [{ url: `${server.base}/article`, title: "Source", excerpt: "", accessedOn: "" }],
    },
  } as never);
  if (!created.ok) throw new Error(created.error.message);
  const evidence = await db().evidence.findFirstOrThrow({ where: { annotationId: created.value.id } });
  return { articleId: article.value.id, evidence };
}

/** The job is gone, as when its instance was killed and pg-boss expired and dropped it. */
async function loseJob(requestId: string) {
  await db().$executeRawUnsafe(`DELETE FROM pgboss.job WHERE id = $1::uuid`, requestId);
}

/** The request was made `minutes` ago. */
async function age(evidenceId: string, minutes: number) {
  await db().evidence.update({ where: { id: evidenceId }, data: { archiveRequestedAt: new Date(Date.now() - minutes * 60_000) } });
}

const item = (evidenceId: string) => db().evidence.findUniqueOrThrow({ where: { id: evidenceId } });

describe("the sweep of stalled evidence archives", () => {
  it("re-queues a request whose job was lost under a new id, and that job archives the page; the lost one records nothing", async () => {
    const { evidence } = await pendingEvidence();
    const lost = evidence.archiveRequestId!;
    expect(evidence.archiveRequestedAt).not.toBeNull();
    await loseJob(lost);
    await age(evidence.id, 20);
    await sweepStalledArchives(jobRunner(), settings);
    const after = await item(evidence.id);
    expect(after.archiveState).toBe("pending");
    expect(after.archiveRequeues).toBe(1);
    expect(after.archiveRequestId).not.toBe(lost);
    expect(after.archiveRequestedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await jobRunner().jobState(evidenceArchiveQueue, after.archiveRequestId!)).toMatch(/created|active|completed/);
    await handler({ evidenceId: evidence.id, requestId: lost, kind: "archive" }, { id: lost, attempt: 1, lastAttempt: false });
    expect((await item(evidence.id)).archiveState).toBe("pending");
    await handler({ evidenceId: evidence.id, requestId: after.archiveRequestId!, kind: "archive" }, { id: after.archiveRequestId!, attempt: 1, lastAttempt: false });
    expect((await item(evidence.id)).archiveState).toBe("archived");
    const events = await db().auditEvent.findMany({ where: { entityId: evidence.id }, orderBy: { id: "asc" }, select: { type: true, actorId: true } });
    expect(events.map((event) => event.type)).toEqual(["evidence.archive_requested", "evidence.archived"]);
  });

  it("leaves alone a request that is recent, or whose job is still queued", async () => {
    const recent = await pendingEvidence();
    await loseJob(recent.evidence.archiveRequestId!);
    await age(recent.evidence.id, 5);
    const queued = await pendingEvidence();
    await age(queued.evidence.id, 60);
    await sweepStalledArchives(jobRunner(), settings);
    for (const { evidence } of [recent, queued]) {
      const after = await item(evidence.id);
      expect(after.archiveRequestId).toBe(evidence.archiveRequestId);
      expect(after.archiveRequeues).toBe(0);
      expect(after.archiveState).toBe("pending");
    }
  });

  it("marks a request failed after the re-queue limit, with the reason and a retry that starts over", async () => {
    const { articleId, evidence } = await pendingEvidence();
    for (let round = 0; round <= settings.maxRequeues; round += 1) {
      await loseJob((await item(evidence.id)).archiveRequestId!);
      await age(evidence.id, 20);
      await sweepStalledArchives(jobRunner(), settings);
    }
    const failed = await item(evidence.id);
    expect(failed.archiveState).toBe("failed");
    expect(failed.archiveRequeues).toBe(settings.maxRequeues);
    const card = await listEvidenceArchive(editor, articleId);
    if (!card.ok) throw new Error(card.error.message);
    expect(card.value[0].failure).toMatchObject({ code: "stalled", message: expect.stringMatching(/never finished.*3 times.*Retry archiving/) });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: evidence.id, type: "evidence.archive_failed" } });
    expect(event).toMatchObject({ actorId: null, after: { errorCode: "stalled" } });

    const retried = await retryEvidenceArchive(editor, evidence.id);
    expect(retried.ok).toBe(true);
    const again = await item(evidence.id);
    expect(again).toMatchObject({ archiveState: "pending", archiveRequeues: 0 });
    await handler({ evidenceId: evidence.id, requestId: again.archiveRequestId!, kind: "archive" }, { id: again.archiveRequestId!, attempt: 1, lastAttempt: false });
    const archived = await listEvidenceArchive(editor, articleId);
    if (!archived.ok) throw new Error(archived.error.message);
    expect(archived.value[0]).toMatchObject({ archiveState: "archived", failure: null });
  });
});
