import { retryEvidenceArchive } from "@/lib/server/evidence/retry-evidence-archive";
import { apiRoute, resultResponse } from "@/lib/server/http/api-route";

/** POST /api/evidence/{id}/archive — archives the URL again after a failure; `202 { evidenceId, archiveState: "pending" }`. */
export const POST = apiRoute<{ id: string }>({ action: "evidence.archive" }, async ({ actor, params, requestId }) => {
  return resultResponse(await retryEvidenceArchive(actor, params.id), requestId, 202);
});
