"use server";

import { z } from "zod";
import { authedAction } from "@/lib/server/actions/action-client";
import { reattachAnnotation } from "@/lib/server/revisions/reattach-annotation";
import { reattachAnnotationSchema } from "@/lib/validations/revision";

/**
 * Re-attaches an orphaned (or changed) annotation to the selected span of the current revision
 * (code points), on the version and revision the page showed. Author, editors and admins.
 */
export const reattachAnnotationAction = authedAction({ action: "annotation.reattach", schema: reattachAnnotationSchema.extend({ id: z.string().min(1).max(64) }) }, async ({ id, ...input }, actor) =>
  reattachAnnotation(actor, id, input),
);
