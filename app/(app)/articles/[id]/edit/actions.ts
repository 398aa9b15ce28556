"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/server/actions/action-client";
import { fail } from "@/lib/server/errors";
import { prepareReplacementBody } from "@/lib/server/imports/prepare-replacement-body";
import { saveRevision } from "@/lib/server/revisions/save-revision";
import { pastedBodySchema, saveEditedBodySchema } from "@/lib/validations/revision";

/**
 * Saves the edited document as a new revision (from the revision the editor opened) and
 * re-anchors the annotations; returns the summary for the editor to see.
 */
export const saveArticleBodyAction = authedAction({ action: "article.revise", schema: saveEditedBodySchema }, async (input, actor) => {
  const result = await saveRevision(actor, input.articleId, { body: { doc: input.doc }, source: input.source, expectedRevision: input.revision });
  if (result.ok && result.value.created) {
    revalidatePath(`/articles/${input.articleId}`);
    revalidatePath("/articles");
  }
  return result;
});

/** Turns pasted text or HTML into a document for the editor (sanitised; nothing saved). */
export const preparePastedBodyAction = authedAction({ action: "article.revise", schema: pastedBodySchema }, async (input, actor) => prepareReplacementBody(actor, input));

/**
 * Turns an uploaded file (`file`) or a web address (`url`) into a document for the editor
 * (sanitised; nothing saved until the editor saves).
 */
export const prepareImportedBodyAction = authedAction({ action: "article.revise", schema: z.instanceof(FormData) }, async (form, actor) => {
  const file = form.get("file");
  const url = form.get("url");
  if (file instanceof File && file.size > 0) {
    return prepareReplacementBody(actor, { file: { fileName: file.name, mimeType: file.type, data: new Uint8Array(await file.arrayBuffer()) } });
  }
  if (typeof url === "string" && url.trim()) return prepareReplacementBody(actor, { url: url.trim() });
  return fail("invalid", "Choose a file or enter a web address to import.", { fieldErrors: { file: "Choose a file or enter a web address" } });
});
