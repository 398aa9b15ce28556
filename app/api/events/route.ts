import { apiRoute, errorResponse } from "@/lib/server/http/api-route";
import { encodeSseRetry } from "@/lib/live/sse-frame";
import { isShuttingDown } from "@/lib/server/lifecycle/shutdown-state";
import { EVENT_STREAM_HEADERS, RECONNECT_DELAY_MS } from "@/lib/server/live/event-stream-response";
import { openLiveStream } from "@/lib/server/live/open-live-stream";
import { liveStreamQuerySchema } from "@/lib/validations/live";
import { describeFieldErrors, zodFieldErrors } from "@/lib/validations/zod-errors";

// A stream lives as long as the reader stays; never cached or prerendered.
export const dynamic = "force-dynamic";

/**
 * GET /api/events?articleId=&after= — server-sent events of the changes the caller may see: one
 * article's, or the whole desk's without `articleId`. Resumes after `Last-Event-ID` (or `after`).
 * Every stream also gets `inbox` when the caller has new notifications; `?scope=inbox` gets only those.
 */
export const GET = apiRoute({ action: "article.read" }, async ({ request, actor, requestId }) => {
  const url = new URL(request.url);
  const parsed = liveStreamQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    return errorResponse({ code: "invalid", message: describeFieldErrors(fieldErrors), fieldErrors }, requestId);
  }
  // A draining instance opens no new stream: the reader is told to come back (to another instance).
  if (isShuttingDown()) return new Response(encodeSseRetry(RECONNECT_DELAY_MS), { headers: { ...EVENT_STREAM_HEADERS, "x-request-id": requestId } });
  const result = await openLiveStream(actor, {
    articleId: parsed.data.articleId,
    after: parsed.data.after,
    inboxOnly: parsed.data.scope === "inbox",
    lastEventId: request.headers.get("last-event-id"),
    signal: request.signal,
  });
  if (!result.ok) return errorResponse(result.error, requestId);
  return new Response(result.value, { headers: { ...EVENT_STREAM_HEADERS, "x-request-id": requestId } });
});
