"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction } from "@/lib/server/actions/action-client";
import { fail } from "@/lib/server/errors";
import { importArticle } from "@/lib/server/imports/import-article";

/**
 * Imports an article from the form's `file` (.docx, .md, .html, .txt) or `url`, then opens it.
 * A failed import saves nothing and comes back with the importer's message.
 */
export const importArticleAction = authedAction({ action: "article.import", schema: z.instanceof(FormData) }, async (form, actor) => {
  const file = form.get("file");
  const url = form.get("url");
  let result;
  if (file instanceof File && file.size > 0) {
    result = await importArticle(actor, { file: { fileName: file.name, mimeType: file.type, data: new Uint8Array(await file.arrayBuffer()) } });
  } else if (file instanceof File && file.name) {
    return fail("unprocessable", "This file is empty.", { fieldErrors: { file: "This file is empty." }, details: { importError: "empty_document" } });
  } else if (typeof url === "string" && url.trim()) {
    result = await importArticle(actor, { url: url.trim() });
  } else {
    return fail("invalid", "Choose a file or enter a web address to import.", { fieldErrors: { file: "Choose a file or enter a web address" } });
  }
  if (!result.ok) return result;
  revalidatePath("/articles");
  redirect(`/articles/${result.value.id}`);
});
