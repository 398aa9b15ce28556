import { eventsCsvHeader, eventsCsvRecords } from "@/lib/events/events-csv";
import { MAX_PAGE_LIMIT } from "@/lib/paging/page-cursor";
import type { Actor } from "@/lib/server/auth/actor";
import { listAuditEvents } from "@/lib/server/events/list-audit-events";
import { apiRoute, errorResponse } from "@/lib/server/http/api-route";
import { pageResponse, readPageRequest } from "@/lib/server/http/paging";
import { logger } from "@/lib/server/logger";
import { auditFilterFromSearchParams, auditFilterSchema, type AuditFilter } from "@/lib/validations/audit";
import { describeFieldErrors, zodFieldErrors } from "@/lib/validations/zod-errors";

/**
 * Every matching event from `cursor` on, as CSV, read a page at a time while it is sent (the
 * first page is read before answering, so a bad cursor is still a 400).
 */
async function csvResponse(actor: Actor, filter: AuditFilter, cursor: string | null, requestId: string): Promise<Response> {
  const first = await listAuditEvents(actor, filter, { limit: MAX_PAGE_LIMIT, cursor });
  if (!first.ok) return errorResponse(first.error, requestId);
  const encoder = new TextEncoder();
  let next = first.value.nextCursor;
  let pending: string | null = eventsCsvHeader() + eventsCsvRecords(first.value.items);
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (pending === null) {
          if (next === null) return controller.close();
          const page = await listAuditEvents(actor, filter, { limit: MAX_PAGE_LIMIT, cursor: next });
          if (!page.ok) throw new Error(page.error.message);
          next = page.value.nextCursor;
          pending = eventsCsvRecords(page.value.items);
        }
        controller.enqueue(encoder.encode(pending));
        pending = null;
      } catch (error) {
        logger.error({ err: error, requestId }, "audit CSV export failed while streaming");
        controller.error(error);
      }
    },
  });
  return new Response(body, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="factdesk-audit.csv"', "x-request-id": requestId },
  });
}

/**
 * GET /api/audit?from=&to=&type=&articleId=&limit=&cursor=&format= — the event stream for admins,
 * oldest first: a page of `{ events, nextCursor }`, or with `format=csv` every matching event as
 * CSV. `type` may be repeated or comma-separated.
 */
export const GET = apiRoute({ action: "audit.read" }, async ({ request, actor, requestId }) => {
  const parsed = auditFilterSchema.safeParse(auditFilterFromSearchParams(new URL(request.url).searchParams));
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    return errorResponse({ code: "invalid", message: describeFieldErrors(fieldErrors), fieldErrors }, requestId);
  }
  const page = readPageRequest(request);
  if (!page.ok) return errorResponse(page.error, requestId);
  if (parsed.data.format === "csv") return csvResponse(actor, parsed.data, page.page.cursor, requestId);
  const result = await listAuditEvents(actor, parsed.data, page.page);
  if (!result.ok) return errorResponse(result.error, requestId);
  return pageResponse(request, requestId, { events: result.value.items, nextCursor: result.value.nextCursor }, page.page.limit);
});
