"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/actions/action-client";
import { setArticleAssignments } from "@/lib/server/assignments/set-article-assignments";
import { assignArticleInputSchema, setDeskStatusInputSchema } from "@/lib/validations/assignment";

/** The Assign dialog: who annotates and reviews the article, its due date and desk status. */
export const assignArticleAction = authedAction({ action: "article.assign", schema: assignArticleInputSchema }, async ({ articleId, ...change }, actor) => {
  const result = await setArticleAssignments(actor, articleId, change);
  if (result.ok) revalidatePath(`/articles/${articleId}`);
  return result;
});

/** The desk status select on the article page. */
export const setDeskStatusAction = authedAction({ action: "article.assign", schema: setDeskStatusInputSchema }, async ({ articleId, deskStatus }, actor) => {
  const result = await setArticleAssignments(actor, articleId, { deskStatus });
  if (result.ok) revalidatePath(`/articles/${articleId}`);
  return result;
});
