import { listEvidenceSnapshots } from "@/lib/server/evidence/list-evidence-snapshots";
import { apiRoute, resultResponse } from "@/lib/server/http/api-route";

/** GET /api/evidence/{id}/snapshots — `{ evidenceId, url, snapshots }`: the archive and every link check, oldest first (no text). */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ actor, params, requestId }) => {
  return resultResponse(await listEvidenceSnapshots(actor, params.id), requestId);
});
