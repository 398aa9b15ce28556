import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import { requestFingerprint } from "@/lib/http/idempotency-key";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/prisma";
import type { AppError } from "@/lib/server/errors";

/** Headers of the first response that a replay repeats. */
const REPLAYED_HEADERS = ["content-type", "etag", "location", "link"];
/** How long a repeat waits for the first request, still running, before it is told to retry. */
const WAIT_FOR_FIRST_MS = 5_000;
const POLL_MS = 100;

export type IdempotencyScope = { userId: string; key: string; method: string; path: string };

export type IdempotentOutcome = { kind: "response"; response: Response } | { kind: "refused"; error: AppError; headers?: Record<string, string> };

type StoredRecord = { state: string; requestHash: string; status: number | null; headers: Prisma.JsonValue; body: string | null; createdAt: Date; expiresAt: Date };

function replay(record: StoredRecord): Response {
  const headers = new Headers((record.headers ?? {}) as Record<string, string>);
  headers.set("idempotent-replayed", "true");
  return new Response(record.body ?? null, { status: record.status ?? 200, headers });
}

async function storeResponse(where: Prisma.IdempotencyRecordUserIdKeyScopeCompoundUniqueInput, response: Response): Promise<void> {
  // 5xx answers are not results: the next try with the key runs the request again.
  if (response.status >= 500) {
    await db().idempotencyRecord.deleteMany({ where });
    return;
  }
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  const body = await response.clone().text();
  await db().idempotencyRecord.update({ where: { userId_key_scope: where }, data: { state: "complete", status: response.status, headers, body, completedAt: new Date() } });
}

/**
 * Runs `handler` once per (user, key, method + path): the first request runs it and its answer is
 * kept for FACTDESK_IDEMPOTENCY_HOURS; a repeat with the same body gets that answer again
 * (`Idempotent-Replayed: true`), one with another body 422, one that arrives while the first is
 * still running waits for it up to 5 s, then gets 409 with `Retry-After`. A first request that
 * fails with 5xx or throws leaves no record, so a retry runs it again. A record left pending by a
 * crashed instance is taken over once it is older than twice the request time limit.
 */
export async function runIdempotent(scope: IdempotencyScope, body: Uint8Array, handler: () => Promise<Response>): Promise<IdempotentOutcome> {
  const config = getAppConfig();
  const requestHash = requestFingerprint(body);
  const where = { userId: scope.userId, key: scope.key, scope: `${scope.method} ${scope.path}` };
  const staleAfterMs = config.FACTDESK_REQUEST_TIMEOUT_MS * 2;

  for (let attempt = 0; attempt < 3; attempt++) {
    const now = new Date();
    // Clears an expired record of this key, or a pending one its instance abandoned.
    await db().idempotencyRecord.deleteMany({
      where: { ...where, OR: [{ expiresAt: { lte: now } }, { state: "pending", createdAt: { lte: new Date(now.getTime() - staleAfterMs) } }] },
    });
    const inserted = await db().idempotencyRecord.createMany({
      data: { ...where, requestHash, expiresAt: new Date(now.getTime() + config.FACTDESK_IDEMPOTENCY_HOURS * 3_600_000) },
      skipDuplicates: true,
    });
    if (inserted.count === 1) {
      let response: Response;
      try {
        response = await handler();
      } catch (error) {
        await db()
          .idempotencyRecord.deleteMany({ where })
          .catch(() => undefined);
        throw error;
      }
      await storeResponse(where, response);
      return { kind: "response", response };
    }

    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    let record: StoredRecord | null = await db().idempotencyRecord.findUnique({ where: { userId_key_scope: where } });
    while (record && record.requestHash === requestHash && record.state === "pending" && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      record = await db().idempotencyRecord.findUnique({ where: { userId_key_scope: where } });
    }
    if (!record) continue; // the first request failed and left no record: run this one
    if (record.requestHash !== requestHash) {
      return {
        kind: "refused",
        error: { code: "unprocessable", message: "This Idempotency-Key was already used for a different request body. Use a new key for a new operation.", details: { idempotencyKey: scope.key } },
      };
    }
    if (record.state === "complete") return { kind: "response", response: replay(record) };
    return {
      kind: "refused",
      error: { code: "conflict", message: "A request with this Idempotency-Key is still being processed. Retry shortly to get its result.", details: { idempotencyKey: scope.key } },
      headers: { "retry-after": "1" },
    };
  }
  return { kind: "refused", error: { code: "conflict", message: "A request with this Idempotency-Key keeps failing; retry shortly." }, headers: { "retry-after": "1" } };
}

let lastSweep = 0;

/** Deletes expired records, at most once a minute per process (called as requests come). */
export async function sweepExpiredIdempotencyRecords(now = Date.now()): Promise<void> {
  if (now - lastSweep < 60_000) return;
  lastSweep = now;
  await db().idempotencyRecord.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
}
