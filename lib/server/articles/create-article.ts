import "server-only";
import type { JSONContent } from "@tiptap/core";
import { buildSerialisedArticleBody } from "@/lib/articles/build-article-body";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { fromIsoDate } from "@/lib/server/dates";
import type { RevisionSource } from "@/lib/server/db/generated/client";
import { fail, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { ArticleMetadata } from "@/lib/validations/article";
import { buildSerialisedArticleBodyOffThread, isBodyWorkerRefusal } from "./build-article-body-off-thread";
import { toArticleMetadataDto, articleMetadataSelect, type ArticleMetadataDto } from "./article-dto";
import { LARGE_REVISION_CHARS, PLACEHOLDER_BODY, revisionTransactionTimeoutMs, writeRevisionBody } from "./write-revision-body";

export type NewArticleBody = { text: string } | { html: string } | { doc: JSONContent };

/**
 * Adds an article with its first revision (editors and admins). The body is sanitised and
 * stored as the editor document plus its plain text; nothing is written if it is empty.
 */
export async function createArticle(actor: Actor, input: { metadata: ArticleMetadata; body: NewArticleBody; source: RevisionSource }): Promise<Result<ArticleMetadataDto & { text: string }>> {
  const allowed = can(actor, "article.create");
  if (!allowed.ok) return refusedBy(allowed);
  const built = "doc" in input.body ? buildSerialisedArticleBody(input.body) : await buildSerialisedArticleBodyOffThread(input.body);
  if (isBodyWorkerRefusal(built)) return { ok: false, error: built.error };
  if (!built.ok) return fail("invalid", built.message, { fieldErrors: { ["html" in input.body ? "html" : "text"]: built.message } });

  const large = built.body.text.length >= LARGE_REVISION_CHARS;
  const article = await transactWithEvents(
    async (tx, events) => {
      const body = large ? PLACEHOLDER_BODY : { doc: JSON.parse(built.body.docJson) as object, text: built.body.text };
      const created = await tx.article.create({
        data: {
          title: input.metadata.title,
          outlet: input.metadata.outlet,
          byline: input.metadata.byline,
          url: input.metadata.url,
          publishedOn: fromIsoDate(input.metadata.publishedOn),
          createdById: actor.id,
          revisions: { create: { number: 1, doc: body.doc as object, text: body.text, source: input.source, createdById: actor.id } },
        },
        select: { ...articleMetadataSelect, revisions: { select: { id: true } } },
      });
      // A large body is written apart, so that the request thread isn't held while it is mapped.
      if (large) await writeRevisionBody(tx, created.revisions[0].id, built.body);
      events.add({
        type: "article.created",
        actorId: actor.id,
        entityId: created.id,
        articleId: created.id,
        payload: { after: { title: created.title, source: input.source, characters: built.body.text.length } },
      });
      return created;
    },
    { timeout: revisionTransactionTimeoutMs(built.body.text.length) },
  );
  return ok({ ...toArticleMetadataDto(article), text: built.body.text });
}
