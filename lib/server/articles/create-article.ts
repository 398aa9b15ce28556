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
import { db } from "@/lib/server/db/prisma";
import { isBodyWorkerRefusal, prepareArticleBodyOffThread } from "./build-article-body-off-thread";
import { discardStagedBody, takeStagedBody } from "./staged-article-body";
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
  const built = "doc" in input.body ? buildSerialisedArticleBody(input.body) : await prepareArticleBodyOffThread(input.body);
  if (isBodyWorkerRefusal(built)) return { ok: false, error: built.error };
  if (!built.ok) return fail("invalid", built.message, { fieldErrors: { ["html" in input.body ? "html" : "text"]: built.message } });

  // A large body is either staged in the database by the article worker (taken into the revision
  // here) or, built on this thread, written apart: either way the revision is created empty first.
  const staged = "staged" in built ? built.staged : null;
  const inline = "body" in built ? built.body : null;
  const text = staged?.text ?? inline?.text ?? "";
  const large = staged !== null || text.length >= LARGE_REVISION_CHARS;
  const save = () =>
    transactWithEvents(
      async (tx, events) => {
        const body = large || !inline ? PLACEHOLDER_BODY : { doc: JSON.parse(inline.docJson) as object, text };
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
        if (staged) await takeStagedBody(tx, created.revisions[0].id, staged.stagedId);
        else if (large && inline) await writeRevisionBody(tx, created.revisions[0].id, inline);
        events.add({
          type: "article.created",
          actorId: actor.id,
          entityId: created.id,
          articleId: created.id,
          payload: { after: { title: created.title, source: input.source, characters: text.length } },
        });
        return created;
      },
      { timeout: revisionTransactionTimeoutMs(text.length) },
    );
  let article: Awaited<ReturnType<typeof save>>;
  try {
    article = await save();
  } catch (error) {
    if (staged) await discardStagedBody(db(), staged.stagedId);
    throw error;
  }
  return ok({ ...toArticleMetadataDto(article), text });
}
