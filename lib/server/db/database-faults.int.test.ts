import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute } from "@/test/integration/api-client";
import { canStartThrowawayPostgres, ThrowawayPostgres } from "@/test/integration/throwaway-postgres";
import { prepareDatabase } from "@/scripts/prepare-database";
// Types only: the modules themselves are loaded once DATABASE_URL points at the private cluster.
import type * as ArticlesRoute from "@/app/api/articles/route";
import type * as ReadyRoute from "@/app/api/health/ready/route";
import type * as Logger from "@/lib/server/logger";
import type * as ApiRoute from "@/lib/server/http/api-route";
import type * as Prisma from "@/lib/server/db/prisma";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

async function freePort(): Promise<number> {
  if (process.env.FACTDESK_TEST_PG_PORT) return Number(process.env.FACTDESK_TEST_PG_PORT) + 1;
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The app on a private PostgreSQL that the test stops and starts: calls answer 503 with
 * Retry-After while it is down (not 500), the outage is logged once, and the app recovers by
 * itself. The app's modules are loaded after DATABASE_URL points at that cluster.
 */
describe.skipIf(!canStartThrowawayPostgres())("faults: the database goes away and comes back", () => {
  let server: ThrowawayPostgres;
  let app: {
    articles: typeof ArticlesRoute;
    ready: typeof ReadyRoute;
    logger: typeof Logger.logger;
    apiRoute: typeof ApiRoute.apiRoute;
    db: typeof Prisma.db;
    token: string;
  };

  beforeAll(async () => {
    server = ThrowawayPostgres.start(await freePort());
    await prepareDatabase({ root, databaseUrl: server.url, dataDir: null, port: 0 });
    process.env.DATABASE_URL = server.url;
    process.env.FACTDESK_DB_STATEMENT_TIMEOUT_MS = "500";
    process.env.FACTDESK_REQUEST_TIMEOUT_MS = "1500";
    process.env.FACTDESK_DB_TRANSACTION_TIMEOUT_MS = "1000";
    const { createTestUser } = await import("@/test/integration/factories");
    const { tokenFor } = await import("@/test/integration/api-client");
    const editor = await createTestUser("editor");
    app = {
      articles: await import("@/app/api/articles/route"),
      ready: await import("@/app/api/health/ready/route"),
      logger: (await import("@/lib/server/logger")).logger,
      apiRoute: (await import("@/lib/server/http/api-route")).apiRoute,
      db: (await import("@/lib/server/db/prisma")).db,
      token: await tokenFor(editor),
    };
  }, 120_000);

  afterAll(async () => {
    const { closeDatabase } = await import("@/lib/server/db/prisma");
    await closeDatabase().catch(() => undefined);
    server?.stop();
  });

  it("answers 503 with Retry-After while PostgreSQL is down, logs it once, and recovers without a restart", async () => {
    const errors = vi.spyOn(app.logger, "error");
    const infos = vi.spyOn(app.logger, "info");
    expect((await callRoute(app.articles.GET, { method: "GET", token: app.token })).status).toBe(200);

    const back = server.restart({ downMs: 4_000 });
    const during = [];
    for (let i = 0; i < 3; i++) during.push(await callRoute(app.articles.GET, { method: "GET", token: app.token }));
    for (const response of during) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(response.json.error.code).toBe("unavailable");
      expect(response.json.error.message).toMatch(/reconnecting/);
    }
    const write = await callRoute(app.articles.POST, { method: "POST", token: app.token, body: { title: "During the outage", body: "<p>Text.</p>" } });
    expect(write.status).toBe(503);

    const readyWhileDown = await app.ready.GET();
    expect(readyWhileDown.status).toBe(503);
    expect(await readyWhileDown.json()).toMatchObject({ status: "not_ready", checks: { database: { ok: false, reason: "database unreachable" } } });

    const outageLines = errors.mock.calls.filter(([, message]) => typeof message === "string" && message.startsWith("database unreachable"));
    expect(outageLines).toHaveLength(1);
    expect(errors.mock.calls.filter(([, message]) => message === "unhandled API error")).toHaveLength(0);

    await back;
    let recovered = 0;
    for (let attempt = 0; attempt < 50 && recovered !== 200; attempt++) {
      recovered = (await callRoute(app.articles.GET, { method: "GET", token: app.token })).status;
      if (recovered !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(recovered).toBe(200);
    expect(infos.mock.calls.filter(([, message]) => message === "database reachable again")).toHaveLength(1);
    expect((await app.ready.GET()).status).toBe(200);
  }, 60_000);

  it("stops a statement that runs past FACTDESK_DB_STATEMENT_TIMEOUT_MS and answers 504", async () => {
    const slowQuery = app.apiRoute({ action: "article.read" }, async () => {
      await app.db().$queryRaw`SELECT pg_sleep(3)`;
      return Response.json({ done: true });
    });
    const started = Date.now();
    const response = await callRoute(slowQuery, { method: "GET", token: app.token });
    expect(response.status).toBe(504);
    expect(response.json.error.code).toBe("timeout");
    expect(response.json.error.message).toMatch(/database took too long/);
    expect(Date.now() - started).toBeLessThan(1_400);
  });

  it("answers a transaction that ran past FACTDESK_DB_TRANSACTION_TIMEOUT_MS with 503 busy and Retry-After (not 500), changing nothing", async () => {
    const marker = `busy-${Date.now()}`;
    const longTransaction = app.apiRoute({ action: "article.read" }, async () => {
      await app.db().$transaction(async (tx) => {
        await tx.$executeRaw`CREATE TABLE IF NOT EXISTS "BusyProbe" ("marker" text)`;
        await tx.$executeRaw`INSERT INTO "BusyProbe" VALUES (${marker})`;
        for (let i = 0; i < 6; i += 1) await tx.$executeRaw`SELECT pg_sleep(0.25)`;
      });
      return Response.json({ done: true });
    });
    const response = await callRoute(longTransaction, { method: "POST", token: app.token });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(response.json.error).toMatchObject({ code: "unavailable", message: expect.stringMatching(/very busy.*Nothing was changed/) });
    const kept = await app.db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_tables WHERE tablename = 'BusyProbe'`;
    expect(Number(kept[0].n)).toBe(0);
  });

  it("stops waiting for a route handler after FACTDESK_REQUEST_TIMEOUT_MS with a clear 504", async () => {
    const slowHandler = app.apiRoute({ action: "article.read" }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      return Response.json({ done: true });
    });
    const started = Date.now();
    const response = await callRoute(slowHandler, { method: "GET", token: app.token });
    expect(response.status).toBe(504);
    expect(response.json.error).toMatchObject({ code: "timeout", message: expect.stringMatching(/took longer than 2 s/) });
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});
