import "server-only";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { buildSerialisedArticleBody } from "../../articles/build-article-body";
import type { Prisma } from "../db/generated/client";

/** What an article worker staged: the id to take it by, and the body's plain text (what the caller answers with). */
export type StagedBody = { stagedId: string; text: string };

export type StageBodyResult = { ok: true; staged: StagedBody } | { ok: false; message: string };

/** A staged body no save took within this long was left by a save that failed: it is removed. */
export const STAGED_BODY_LIFETIME_MINUTES = 60;

/**
 * Builds an article body (sanitised document and plain text, as buildSerialisedArticleBody) and
 * writes it into `StagedArticleBody` with `client` — the article worker's own connection — so the
 * saving transaction can move it into its revision with {@link takeStagedBody} without the
 * megabytes crossing the request thread. Clears bodies left by failed saves on the way.
 */
export async function stageArticleBody(client: Pick<pg.Pool, "query">, input: { text?: string; html?: string }): Promise<StageBodyResult> {
  const built = buildSerialisedArticleBody(input);
  if (!built.ok) return built;
  const stagedId = randomUUID();
  await client.query(`DELETE FROM "StagedArticleBody" WHERE "createdAt" < now() - make_interval(mins => $1)`, [STAGED_BODY_LIFETIME_MINUTES]);
  await client.query(`INSERT INTO "StagedArticleBody" ("id", "doc", "text") VALUES ($1, $2::jsonb, $3)`, [stagedId, built.body.docJson, built.body.text]);
  return { ok: true, staged: { stagedId, text: built.body.text } };
}

/**
 * Moves a staged body into revision `revisionId`, inside the caller's transaction, in one
 * statement (the staged row is deleted as it is read). Throws when it is gone, so the save
 * rolls back rather than keep an empty revision.
 */
export async function takeStagedBody(tx: Prisma.TransactionClient, revisionId: string, stagedId: string): Promise<void> {
  const moved = await tx.$executeRaw`
    WITH staged AS (DELETE FROM "StagedArticleBody" WHERE "id" = ${stagedId} RETURNING "doc", "text")
    UPDATE "ArticleRevision" SET "doc" = staged."doc", "text" = staged."text" FROM staged WHERE "ArticleRevision"."id" = ${revisionId}`;
  if (moved !== 1) throw new Error(`The staged article body ${stagedId} was not found: the save was rolled back`);
}

/** Removes a staged body whose save failed (best effort: the next staging clears it after an hour anyway). */
export async function discardStagedBody(client: Pick<Prisma.TransactionClient, "$executeRaw">, stagedId: string): Promise<void> {
  await client.$executeRaw`DELETE FROM "StagedArticleBody" WHERE "id" = ${stagedId}`.catch(() => undefined);
}
