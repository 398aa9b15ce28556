"use server";

import { z } from "zod";
import { authedAction } from "@/lib/server/actions/action-client";
import { dismissSuggestion } from "@/lib/server/suggestions/dismiss-suggestion";
import { listSuggestions } from "@/lib/server/suggestions/list-suggestions";
import { dismissSuggestionSchema } from "@/lib/validations/suggestion";

const id = z.string().min(1).max(64);

/** What Factdesk proposes to tag in the article's current revision. */
export const listSuggestionsAction = authedAction({ action: "article.read", schema: z.object({ articleId: id }) }, async (input, actor) => listSuggestions(actor, input.articleId));

/** Dismisses one suggestion for this revision (for the whole desk). */
export const dismissSuggestionAction = authedAction({ action: "annotation.create", schema: z.object({ articleId: id, span: dismissSuggestionSchema }) }, async (input, actor) =>
  dismissSuggestion(actor, input.articleId, input.span),
);
