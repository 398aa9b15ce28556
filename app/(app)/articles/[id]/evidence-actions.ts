"use server";

import { authedAction } from "@/lib/server/actions/action-client";
import { checkArticleLinks } from "@/lib/server/evidence/check-article-links";
import { listEvidenceArchive } from "@/lib/server/evidence/list-evidence-archive";
import { retryEvidenceArchive } from "@/lib/server/evidence/retry-evidence-archive";
import { articleEvidenceSchema, evidenceItemSchema } from "@/lib/validations/evidence-archive";

/** Each evidence item's archive state on the article, for the cards. */
export const listEvidenceArchiveAction = authedAction({ action: "article.read", schema: articleEvidenceSchema }, async (input, actor) => listEvidenceArchive(actor, input.articleId));

/** Archives one evidence URL again after a failure. */
export const retryEvidenceArchiveAction = authedAction({ action: "evidence.archive", schema: evidenceItemSchema }, async (input, actor) => retryEvidenceArchive(actor, input.evidenceId));

/** Re-fetches every evidence link of the article and flags changed and dead ones. */
export const checkArticleLinksAction = authedAction({ action: "evidence.archive", schema: articleEvidenceSchema }, async (input, actor) => checkArticleLinks(actor, input.articleId));
