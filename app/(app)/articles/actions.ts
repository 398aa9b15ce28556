"use server";

import { authedAction } from "@/lib/server/actions/action-client";
import { listArticles } from "@/lib/server/articles/list-articles";
import { nextPageInputSchema } from "@/lib/validations/page";

/** The next page of the article list ("Load more"): `{ cursor }` → `{ items, nextCursor }`. */
export const loadArticlePageAction = authedAction({ action: "article.read", schema: nextPageInputSchema }, async (input, actor) => listArticles(actor, input));
