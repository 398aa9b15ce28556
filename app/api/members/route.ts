import { apiRoute, errorResponse, resultResponse } from "@/lib/server/http/api-route";
import { ok } from "@/lib/server/errors";
import { listMembers } from "@/lib/server/users/list-members";
import { memberQuerySchema } from "@/lib/validations/notification";
import { describeFieldErrors, zodFieldErrors } from "@/lib/validations/zod-errors";

/** GET /api/members?q= — up to 10 active desk members matching `q`, for mentions: `{ members: [{ id, name }] }` (names only). */
export const GET = apiRoute({ action: "comment.add" }, async ({ request, actor, requestId }) => {
  const parsed = memberQuerySchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? undefined });
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    return errorResponse({ code: "invalid", message: describeFieldErrors(fieldErrors), fieldErrors }, requestId);
  }
  const result = await listMembers(actor, parsed.data.q);
  if (!result.ok) return errorResponse(result.error, requestId);
  return resultResponse(ok({ members: result.value }), requestId);
});
