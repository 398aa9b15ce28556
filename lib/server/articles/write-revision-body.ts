import "server-only";
import type { SerialisedArticleBody } from "@/lib/articles/build-article-body";
import type { Prisma } from "@/lib/server/db/generated/client";

/** Bodies at least this long (characters of plain text) are written with {@link writeRevisionBody}. */
export const LARGE_REVISION_CHARS = 64 * 1024;

/** What a revision is created with before its large body is written: an empty document. */
export const PLACEHOLDER_BODY = { doc: { type: "doc", content: [] }, text: "" } as const;

/**
 * Writes a large body (document and plain text) into a revision, inside the caller's transaction,
 * as one parameterised UPDATE. Prisma's own create maps a 2 MB text and its multi-megabyte JSON
 * document on the request thread (measured: about 4 s during which no other request is answered);
 * the document sent as a JSON string cast to jsonb costs a fraction of that. Same stored values.
 */
export async function writeRevisionBody(tx: Prisma.TransactionClient, revisionId: string, body: SerialisedArticleBody): Promise<void> {
  await tx.$executeRaw`UPDATE "ArticleRevision" SET "doc" = ${body.docJson}::jsonb, "text" = ${body.text} WHERE "id" = ${revisionId}`;
}

/**
 * How long the transaction saving a body of `characters` may stay open: PostgreSQL indexes the
 * text for search in it (seconds for megabytes), past Prisma's 5-second default.
 */
export function revisionTransactionTimeoutMs(characters: number): number {
  return 5_000 + Math.ceil(characters / 100);
}
