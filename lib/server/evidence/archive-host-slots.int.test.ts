import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ARCHIVE_LIMITS } from "@/lib/archive/fetch-snapshot";
import { HostLimiter } from "@/lib/archive/host-limiter";
import { checkPublicAddress } from "@/lib/import/address-policy";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { createArticle } from "@/lib/server/articles/create-article";
import { db } from "@/lib/server/db/prisma";
import { createTestUser } from "@/test/integration/factories";
import { ArchiveHostSlots, HostBusyError } from "./archive-host-slots";
import { evidenceArchiveHandler } from "./evidence-archive-job";

/** A site that answers after a pause and remembers how many requests it served at once. */
let server: http.Server;
let base = "";
let inFlight = 0;
let mostAtOnce = 0;
beforeAll(async () => {
  server = http.createServer((_request, response) => {
    inFlight += 1;
    mostAtOnce = Math.max(mostAtOnce, inFlight);
    setTimeout(() => {
      inFlight -= 1;
      response.end("ok");
    }, 120);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A host name of this test run only (the slots table is shared with other tests). */
const hostOfRun = () => `site-${Math.random().toString(36).slice(2)}.example`;

describe("the archive's per-host slots across instances", () => {
  it("holds every instance together to the per-host limit", async () => {
    const host = hostOfRun();
    mostAtOnce = 0;
    // Two instances, each with its own in-process limiter and four workers.
    const instances = ["instance-a", "instance-b"].map((name) => ({ local: new HostLimiter(2), shared: new ArchiveHostSlots({ perHost: 2, leaseMs: 10_000, pollMs: 20, holder: name }) }));
    const fetches = Array.from({ length: 8 }, (_, index) => {
      const { local, shared } = instances[index % 2];
      return local.run(host, () => shared.run(host, () => fetch(`${base}/page-${index}`).then((response) => response.text())));
    });
    expect(await Promise.all(fetches)).toEqual(Array(8).fill("ok"));
    expect(mostAtOnce).toBe(2);
    expect(await db().archiveHostSlot.count({ where: { host } })).toBe(0);
  });

  it("takes over the slot of an instance that died holding it once its lease ran out, and frees a slot when the fetch throws", async () => {
    const host = hostOfRun();
    await db().archiveHostSlot.create({ data: { host, slot: 0, holder: "killed-instance", expiresAt: new Date(Date.now() - 1_000) } });
    await db().archiveHostSlot.create({ data: { host, slot: 1, holder: "busy-instance", expiresAt: new Date(Date.now() + 60_000) } });
    const slots = new ArchiveHostSlots({ perHost: 2, leaseMs: 10_000, pollMs: 20, holder: "survivor" });
    await expect(slots.run(host, async () => (await db().archiveHostSlot.findMany({ where: { host }, orderBy: { slot: "asc" } })).map((row) => row.holder.split(":")[0]))).resolves.toEqual([
      "survivor",
      "busy-instance",
    ]);
    await expect(slots.run(host, () => Promise.reject(new Error("connection reset")))).rejects.toThrow("connection reset");
    expect((await db().archiveHostSlot.findMany({ where: { host } })).map((row) => row.holder)).toEqual(["busy-instance"]);
  });

  it("waits for a slot only so long, then says the host is busy", async () => {
    const host = hostOfRun();
    await db().archiveHostSlot.create({ data: { host, slot: 0, holder: "other", expiresAt: new Date(Date.now() + 60_000) } });
    const slots = new ArchiveHostSlots({ perHost: 1, leaseMs: 10_000, pollMs: 20, maxWaitMs: 150, holder: "late" });
    await expect(slots.run(host, async () => "fetched")).rejects.toThrow(/busy/);
  });

  it("makes the archive job wait for the host's slot, retry while it stays busy, and go ahead on its last attempt", async () => {
    const editor = await createTestUser("editor");
    const article = await createArticle(editor, {
      metadata: { title: "Busy host", outlet: "", byline: "", url: "", publishedOn: null },
      body: { text: "The minister said exports grew." },
      source: "text",
    });
    if (!article.ok) throw new Error(article.error.message);
    // A host name only this test uses, resolved to the local server.
    const created = await createAnnotation(editor, article.value.id, {
      placement: { start: 0, end: 12 },
      content: {
        kind: "claim",
        fields: { claimant: "The minister", verdict: "unverified", rationale: "" },
        note: "",
        evidence: [{ url: `${base.replace("127.0.0.1", "localhost")}/busy`, title: "", excerpt: "", accessedOn: "" }],
      },
    } as never);
    if (!created.ok) throw new Error(created.error.message);
    const evidence = await db().evidence.findFirstOrThrow({ where: { annotationId: created.value.id } });
    const settings = {
      limits: { ...DEFAULT_ARCHIVE_LIMITS, timeoutMs: 2_000, maxBytes: 64 * 1024 },
      perHost: 1,
      fetch: { addressPolicy: (address: string) => (address === "127.0.0.1" || address === "::1" ? { allowed: true as const } : checkPublicAddress(address)) },
    };
    await db().archiveHostSlot.deleteMany({ where: { host: "localhost" } });
    await db().archiveHostSlot.create({ data: { host: "localhost", slot: 0, holder: "other-instance", expiresAt: new Date(Date.now() + 60_000) } });
    const handler = evidenceArchiveHandler(settings, new HostLimiter(1), new ArchiveHostSlots({ perHost: 1, leaseMs: 10_000, pollMs: 20, maxWaitMs: 100 }));
    const job = { evidenceId: evidence.id, requestId: evidence.archiveRequestId!, kind: "archive" as const };
    await expect(handler(job, { id: job.requestId, attempt: 1, lastAttempt: false })).rejects.toBeInstanceOf(HostBusyError);
    expect((await db().evidence.findUniqueOrThrow({ where: { id: evidence.id } })).archiveState).toBe("pending");
    await handler(job, { id: job.requestId, attempt: 4, lastAttempt: true });
    expect((await db().evidence.findUniqueOrThrow({ where: { id: evidence.id } })).archiveState).toBe("archived");
    await db().archiveHostSlot.deleteMany({ where: { host: "localhost", holder: "other-instance" } });
  });
});
