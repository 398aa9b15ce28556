import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { can } from "@/lib/policy/policy";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { Actor } from "./actor";
import { refusedBy } from "./policy-refusal";

const TOKEN_PREFIX = "fd_";

/** SHA-256 of a token: tokens are long random strings, so a fast hash is enough. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type ApiTokenSummary = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

const summarySelect = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/** Creates a personal API token; the token itself is returned once and never stored. */
export async function createApiToken(actor: Actor, name: string): Promise<Result<{ token: string; summary: ApiTokenSummary }>> {
  const allowed = can(actor, "token.manage");
  if (!allowed.ok) return refusedBy(allowed);
  const trimmed = name.trim();
  if (!trimmed) return fail("invalid", "Give the token a name", { fieldErrors: { name: "Give the token a name" } });
  if (trimmed.length > 100) return fail("invalid", "Name must be at most 100 characters", { fieldErrors: { name: "Name must be at most 100 characters" } });
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const summary = await transactWithEvents(async (tx, events) => {
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name: trimmed, tokenHash: hashApiToken(token), prefix: token.slice(0, 10) },
      select: summarySelect,
    });
    events.add({ type: "token.created", actorId: actor.id, entityId: created.id, articleId: null, payload: { after: { name: trimmed, prefix: created.prefix } } });
    return created;
  });
  return ok({ token, summary });
}

export async function listApiTokens(actor: Actor): Promise<ApiTokenSummary[]> {
  return db().apiToken.findMany({ where: { userId: actor.id }, select: summarySelect, orderBy: { createdAt: "desc" } });
}

/** Revokes one of the actor's own tokens. */
export async function revokeApiToken(actor: Actor, tokenId: string): Promise<Result<null>> {
  const allowed = can(actor, "token.manage");
  if (!allowed.ok) return refusedBy(allowed);
  const revoked = await transactWithEvents(async (tx, events) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, userId: actor.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count > 0) events.add({ type: "token.revoked", actorId: actor.id, entityId: tokenId, articleId: null, payload: {} });
    return count > 0;
  });
  return revoked ? ok(null) : notFound("Token");
}

/**
 * The active user behind a bearer token, or null for an unknown, revoked or deactivated one;
 * `mustChangePassword` tells the caller the user is still on a one-time password.
 */
export async function actorFromApiToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, role: true, name: true, email: true, active: true, mustChangePassword: true, locale: true } } },
  });
  if (!row || row.revokedAt || !row.user.active) return null;
  // Touch at most once a minute to keep writes off the hot path.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { id: row.user.id, role: row.user.role, name: row.user.name, email: row.user.email, active: row.user.active, mustChangePassword: row.user.mustChangePassword, locale: row.user.locale };
}
