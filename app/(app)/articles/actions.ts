"use server";

import { authedAction } from "@/lib/server/actions/action-client";
import { listArticles } from "@/lib/server/articles/list-articles";
import { articleListFilterSchema } from "@/lib/validations/assignment";
import { nextPageInputSchema } from "@/lib/validations/page";

const articlePageInputSchema = nextPageInputSchema.extend({ filter: articleListFilterSchema.default({}) });

/** The next page of the article list ("Load more"), with the list's filters: `{ cursor, filter }` → `{ items, nextCursor }`. */
export const loadArticlePageAction = authedAction({ action: "article.read", schema: articlePageInputSchema }, async ({ filter, ...page }, actor) => listArticles(actor, page, filter));
