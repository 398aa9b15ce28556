import { getEvidenceSnapshot } from "@/lib/server/evidence/get-evidence-snapshot";
import { apiRoute, resultResponse } from "@/lib/server/http/api-route";

/** GET /api/snapshots/{id} — one snapshot with its metadata, hash and stored readable text (plain text). */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ actor, params, requestId }) => {
  return resultResponse(await getEvidenceSnapshot(actor, params.id), requestId);
});
