import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ARCHIVE_LIMITS } from "@/lib/archive/fetch-snapshot";
import { MUTABLE_PAGE, startEvidenceServer, type EvidenceServer } from "@/lib/archive/test-support/evidence-server";
import { checkPublicAddress } from "@/lib/import/address-policy";
import { evidenceArchiveQueue, type EvidenceArchiveJob } from "@/lib/jobs/evidence-archive-queue";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { createArticle } from "@/lib/server/articles/create-article";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { loadExportInput } from "@/lib/server/exports/load-export-input";
import { jobRunner } from "@/lib/server/jobs/job-runner-instance";
import { createTestUser } from "@/test/integration/factories";
import { checkArticleLinks } from "./check-article-links";
import { evidenceArchiveHandler, TransientFetchError } from "./evidence-archive-job";
import { getEvidenceSnapshot } from "./get-evidence-snapshot";
import { listEvidenceArchive } from "./list-evidence-archive";
import { listEvidenceSnapshots } from "./list-evidence-snapshots";
import { retryEvidenceArchive } from "./retry-evidence-archive";

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
  limits: { ...DEFAULT_ARCHIVE_LIMITS, timeoutMs: 400, maxBytes: 512 * 1024 },
  perHost: 2,
  fetch: { addressPolicy: (address) => (address === "127.0.0.1" ? { allowed: true } : checkPublicAddress(address)) },
});
const TEXT = "The minister said exports grew by 12 per cent last year.";

async function newArticle(title: string) {
  const created = await createArticle(editor, { metadata: { title, outlet: "", byline: "", url: "", publishedOn: null }, body: { text: TEXT }, source: "text" });
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

async function articleWithEvidence(paths: string[]) {
  const article = await newArticle("Exports");
  const created = await createAnnotation(editor, article.id, {
    placement: { start: 0, end: 12 },
    content: {
      kind: "claim",
      fields: { claimant: "The minister", verdict: "unverified", rationale: "" },
      note: "",
      evidence: paths.map((path) => ({ url: `${server.base}${path}`, title: path, excerpt: "", accessedOn: "" })),
    },
  } as never);
  if (!created.ok) throw new Error(created.error.message);
  const evidence = await db().evidence.findMany({ where: { annotationId: created.value.id }, orderBy: { position: "asc" } });
  return { articleId: article.id, annotation: created.value, evidence };
}

/** Runs the pending job of an evidence item, as a worker would, on the given attempt. */
async function runJob(evidenceId: string, kind: "archive" | "check", attempt = 1) {
  const row = await db().evidence.findUniqueOrThrow({ where: { id: evidenceId } });
  const requestId = kind === "archive" ? row.archiveRequestId! : row.checkRequestId!;
  const job: EvidenceArchiveJob = { evidenceId, requestId, kind };
  await handler(job, { id: requestId, attempt, lastAttempt: attempt > evidenceArchiveQueue.retryLimit });
  return requestId;
}

const archiveOf = async (articleId: string) => {
  const list = await listEvidenceArchive(editor, articleId);
  if (!list.ok) throw new Error(list.error.message);
  return list.value;
};

describe("the evidence archive", () => {
  it("queues one archive job per evidence URL in the annotation's transaction", async () => {
    const { evidence } = await articleWithEvidence(["/article", "/gone"]);
    expect(evidence.map((item) => item.archiveState)).toEqual(["pending", "pending"]);
    for (const item of evidence) expect(await jobRunner().jobState(evidenceArchiveQueue, item.archiveRequestId!)).toMatch(/created|active|completed|retry|failed/);
  });

  it("archives a page: snapshot with final address, status, hash and text, and an evidence.archived event", async () => {
    const { articleId, evidence } = await articleWithEvidence(["/moved"]);
    await runJob(evidence[0].id, "archive");
    const [item] = await archiveOf(articleId);
    expect(item).toMatchObject({ archiveState: "archived", failure: null, linkState: null });
    expect(item.archived?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const snapshot = await getEvidenceSnapshot(editor, item.archived!.snapshotId);
    expect(snapshot.ok && snapshot.value).toMatchObject({
      kind: "archive",
      requestedUrl: `${server.base}/moved`,
      finalUrl: `${server.base}/article`,
      httpStatus: 200,
      title: "Minister claims record export growth",
    });
    expect(snapshot.ok && snapshot.value.text).toContain("exports grew by 12 per cent");
    const events = await db().auditEvent.findMany({ where: { entityId: evidence[0].id }, select: { type: true, actorId: true } });
    expect(events).toEqual([{ type: "evidence.archived", actorId: null }]);
  });

  it("records a job once however often it runs", async () => {
    const { evidence } = await articleWithEvidence(["/article"]);
    await runJob(evidence[0].id, "archive");
    await runJob(evidence[0].id, "archive");
    expect(await db().evidenceSnapshot.count({ where: { evidenceId: evidence[0].id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: evidence[0].id } })).toBe(1);
  });

  it.each([
    ["/to-private", "refused_address", /can't archive 10\.0\.0\.1: it points to a private network/],
    ["/gone", "http_error", /The site answered 404 Not Found\./],
    ["/huge", "too_large", /larger than the archive's limit of 512 KB/],
  ])("records %s as failed at once (%s), without a retry", async (path, code, message) => {
    const { articleId, evidence } = await articleWithEvidence([path]);
    await runJob(evidence[0].id, "archive", 1);
    const [item] = await archiveOf(articleId);
    expect(item).toMatchObject({ archiveState: "failed", archived: null, failure: { code } });
    expect(item.failure?.message).toMatch(message);
    expect(await db().auditEvent.findFirst({ where: { entityId: evidence[0].id }, select: { type: true } })).toEqual({ type: "evidence.archive_failed" });
  });

  it("retries a timeout while attempts remain, then records it", async () => {
    const { articleId, evidence } = await articleWithEvidence(["/slow"]);
    await expect(runJob(evidence[0].id, "archive", 1)).rejects.toBeInstanceOf(TransientFetchError);
    expect((await archiveOf(articleId))[0].archiveState).toBe("pending");
    await runJob(evidence[0].id, "archive", evidenceArchiveQueue.retryLimit + 1);
    expect((await archiveOf(articleId))[0]).toMatchObject({ archiveState: "failed", failure: { code: "timeout", message: "The site took too long to respond (the limit is 0.4 seconds)." } });
  });

  it("archives again on retry after a failure, and refuses a retry of an archived item", async () => {
    server.failFlaky(100);
    const { articleId, evidence } = await articleWithEvidence(["/flaky"]);
    const first = await runJob(evidence[0].id, "archive", 4);
    expect((await archiveOf(articleId))[0]).toMatchObject({ archiveState: "failed", failure: { code: "http_error" } });
    server.failFlaky(0);
    const retried = await retryEvidenceArchive(editor, evidence[0].id);
    expect(retried).toEqual({ ok: true, value: { evidenceId: evidence[0].id, archiveState: "pending" } });
    expect(await retryEvidenceArchive(editor, evidence[0].id)).toMatchObject({ ok: false, error: { code: "conflict", message: "This evidence is already being archived." } });
    const second = await runJob(evidence[0].id, "archive");
    expect(second).not.toBe(first);
    expect((await archiveOf(articleId))[0].archiveState).toBe("archived");
    expect(await retryEvidenceArchive(editor, evidence[0].id)).toMatchObject({ ok: false, error: { code: "conflict" } });
    const snapshots = await listEvidenceSnapshots(editor, evidence[0].id);
    expect(snapshots.ok && snapshots.value.snapshots.map((s) => [s.kind, s.errorCode])).toEqual([
      ["archive", "http_error"],
      ["archive", null],
    ]);
    const types = await db().auditEvent.findMany({ where: { entityId: evidence[0].id }, orderBy: { id: "asc" }, select: { type: true } });
    expect(types.map((row) => row.type)).toEqual(["evidence.archive_failed", "evidence.archive_requested", "evidence.archived"]);
  });

  it("checks links: ok, changed (first snapshot kept) and dead", async () => {
    server.setMutable(MUTABLE_PAGE("Exports grew by 8 per cent last year."));
    const { articleId, evidence } = await articleWithEvidence(["/article", "/mutable", "/flaky", "/same-text-new-ads"]);
    for (const item of evidence) await runJob(item.id, "archive");
    const firstHash = (await archiveOf(articleId))[1].archived!.sha256;

    server.setMutable(MUTABLE_PAGE("Exports grew by 5 per cent last year."));
    server.failFlaky(100);
    const checked = await checkArticleLinks(editor, articleId);
    expect(checked).toEqual({ ok: true, value: { articleId, checking: 4 } });
    expect((await archiveOf(articleId)).every((item) => item.checkPending)).toBe(true);
    for (const item of evidence) await runJob(item.id, "check", 4);
    server.failFlaky(0);

    const after = await archiveOf(articleId);
    expect(after.map((item) => [item.linkState, item.checkPending])).toEqual([
      ["ok", false],
      ["changed", false],
      ["dead", false],
      ["ok", false],
    ]);
    expect(after[1].archived!.sha256).toBe(firstHash);
    expect(after[2].lastCheck?.message).toBe("The site answered 503 Service Unavailable.");
    const snapshots = await listEvidenceSnapshots(editor, evidence[1].id);
    expect(snapshots.ok && snapshots.value.snapshots.map((s) => [s.kind, s.linkState])).toEqual([
      ["archive", null],
      ["check", "changed"],
    ]);
    expect(await db().auditEvent.count({ where: { articleId, type: "article.links_check_requested" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { articleId, type: "evidence.checked" } })).toBe(4);
  });

  it("gives the report each piece of evidence's archive date and hash, or the failure", async () => {
    const { articleId, annotation, evidence } = await articleWithEvidence(["/article", "/gone"]);
    for (const item of evidence) await runJob(item.id, "archive");
    const input = await loadExportInput(editor, articleId, { includeAll: true, baseUrl: "https://desk.example" });
    if (!input.ok) throw new Error(input.error.message);
    const [archived, failed] = input.value.annotations.find((a) => a.id === annotation.id)!.evidence;
    const first = (await archiveOf(articleId))[0].archived!;
    expect(archived.archive).toEqual({ state: "archived", archivedAt: first.fetchedAt, sha256: first.sha256 });
    expect(failed.archive).toEqual({ state: "failed", message: "The site answered 404 Not Found." });
  });

  it("says so when an article has no evidence to check", async () => {
    const article = await newArticle("Bare");
    expect(await checkArticleLinks(editor, article.id)).toMatchObject({ ok: false, error: { code: "invalid", message: "This article has no evidence links to check yet." } });
  });

  it("keeps an unchanged URL's archive on edit and archives a changed one anew", async () => {
    const { articleId, annotation, evidence } = await articleWithEvidence(["/article", "/mutable"]);
    for (const item of evidence) await runJob(item.id, "archive");
    const updated = await updateAnnotation(editor, annotation.id, {
      version: annotation.version,
      evidence: [
        { url: `${server.base}/article`, title: "Renamed", excerpt: "", accessedOn: "" },
        { url: `${server.base}/report.pdf`, title: "", excerpt: "", accessedOn: "" },
      ],
    } as never);
    expect(updated.ok).toBe(true);
    const rows = await db().evidence.findMany({ where: { annotationId: annotation.id }, orderBy: { position: "asc" } });
    expect(rows[0]).toMatchObject({ id: evidence[0].id, title: "Renamed", archiveState: "archived" });
    expect(rows[1].id).not.toBe(evidence[1].id);
    expect(rows[1].archiveState).toBe("pending");
    await runJob(rows[1].id, "archive");
    const [, pdf] = await archiveOf(articleId);
    const snapshot = await getEvidenceSnapshot(editor, pdf.archived!.snapshotId);
    expect(snapshot.ok && snapshot.value).toMatchObject({ contentType: "application/pdf", title: "Annual statistics report" });
    expect(snapshot.ok && snapshot.value.text).toContain("Exports grew by 8 per cent in 2023.");
  });

  it("hides snapshots of deleted annotations and unknown ids", async () => {
    const { evidence, annotation } = await articleWithEvidence(["/article"]);
    await runJob(evidence[0].id, "archive");
    await db().annotation.update({ where: { id: annotation.id }, data: { deletedAt: new Date() } });
    expect(await listEvidenceSnapshots(editor, evidence[0].id)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await getEvidenceSnapshot(editor, "nope")).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
