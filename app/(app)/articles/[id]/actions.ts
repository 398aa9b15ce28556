"use server";

import { z } from "zod";
import { authedAction } from "@/lib/server/actions/action-client";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { annotationContentSchema } from "@/lib/validations/annotation";
import { updateAnnotationSchema } from "@/lib/validations/update-annotation-input";

const id = z.string().min(1).max(64);

/** Tags the selected span (code-point offsets on the revision the editor saw). */
export const createAnnotationAction = authedAction(
  {
    action: "annotation.create",
    schema: z.object({
      articleId: id,
      revision: z.number().int().positive(),
      start: z.number().int(),
      end: z.number().int(),
      content: annotationContentSchema,
      reusedFromId: id.optional(),
    }),
  },
  async (input, actor) =>
    createAnnotation(actor, input.articleId, {
      content: input.content,
      placement: { start: input.start, end: input.end, revision: input.revision },
      reusedFromId: input.reusedFromId,
    }),
);

export const updateAnnotationAction = authedAction(
  { action: "annotation.edit", schema: z.object({ id, version: z.number().int().positive(), patch: updateAnnotationSchema.omit({ version: true }), reusedFromId: id.optional() }) },
  async (input, actor) => updateAnnotation(actor, input.id, { ...input.patch, version: input.version }, { reusedFromId: input.reusedFromId }),
);

export const deleteAnnotationAction = authedAction({ action: "annotation.delete", schema: z.object({ id, version: z.number().int().positive() }) }, async (input, actor) =>
  deleteAnnotation(actor, input.id, input.version),
);
