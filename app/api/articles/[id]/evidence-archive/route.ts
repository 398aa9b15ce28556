import { listEvidenceArchive } from "@/lib/server/evidence/list-evidence-archive";
import { apiRoute, resultResponse } from "@/lib/server/http/api-route";

/** GET /api/articles/{id}/evidence-archive — `{ evidence: [...] }`: each evidence item's archive state, first snapshot and link state. */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ actor, params, requestId }) => {
  const result = await listEvidenceArchive(actor, params.id);
  return resultResponse(result.ok ? { ok: true, value: { evidence: result.value } } : result, requestId);
});
