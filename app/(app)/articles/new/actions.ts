"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/server/actions/action-client";
import { createArticle } from "@/lib/server/articles/create-article";
import { createArticleSchema } from "@/lib/validations/article";

/**
 * Adds an article from pasted plain text or HTML (sanitised in the data layer), then opens it.
 * Problems come back as field errors for the form.
 */
export const createArticleAction = authedAction({ action: "article.create", schema: createArticleSchema }, async (input, actor) => {
  const { text, html, ...metadata } = input;
  const result = await createArticle(actor, {
    metadata,
    body: html !== undefined ? { html } : { text: text ?? "" },
    source: html !== undefined ? "html" : "text",
  });
  if (!result.ok) return result;
  revalidatePath("/articles");
  redirect(`/articles/${result.value.id}`);
});
