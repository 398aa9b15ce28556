"use server";

import { z } from "zod";
import { authedAction } from "@/lib/server/actions/action-client";
import { correctClaim } from "@/lib/server/corrections/correct-claim";
import { correctClaimSchema } from "@/lib/validations/correction";

/** A reviewer corrects a published claim's verdict or rationale, with the public note (on the version they saw). */
export const correctClaimAction = authedAction(
  { action: "annotation.correct", schema: correctClaimSchema.omit({ version: true }).extend({ id: z.string().min(1).max(64), version: z.number().int().positive() }) },
  async ({ id, ...input }, actor) => correctClaim(actor, id, input),
);
