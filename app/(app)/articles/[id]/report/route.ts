import { reportWordsFor, type ReportWords } from "@/lib/export/report-words";
import { escapeHtml } from "@/lib/export/html-escape";
import { resolveLocale } from "@/lib/i18n/locales";
import { canAttempt } from "@/lib/policy/policy";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { exportBaseUrl, parseScope } from "@/lib/server/exports/export-http";
import { exportHeaders, withReportMetaCsp } from "@/lib/server/http/export-headers";
import { exportStoredReport } from "@/lib/server/exports/export-off-thread";
import { resolveExportScope } from "@/lib/server/exports/load-export-input";
import { logger } from "@/lib/server/logger";

/**
 * GET /articles/{id}/report[?scope=all] — the printable annotated report, shown in the browser
 * (the address ClaimReview `url`s point to, with `#annotation-<id>`). A route handler rather than
 * a page: the report is a standalone HTML document (no app chrome, no scripts, inline styles
 * only), served with its own strict CSP. Signed-in users only (session cookie), like pages:
 * anyone else is sent to /sign-in and back. Written in the reader's interface language (English or
 * Urdu, right to left), with `dir="auto"` on every piece of the article's own text.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const url = new URL(request.url);
  const user = await getCurrentUser();
  if (!user) return redirectTo(`/sign-in?callbackUrl=${encodeURIComponent(url.pathname + url.search)}`);
  // In the language of whoever opens it (their setting, else their browser's).
  const words = reportWordsFor(resolveLocale(user.locale, request.headers.get("accept-language")));
  const decision = canAttempt(user, "article.export");
  if (!decision.ok) return decision.code === "password_change_required" ? redirectTo("/change-password") : plainPage(403, [words.problems.forbidden, decision.message], words);

  const scope = parseScope(url.searchParams);
  if (!scope.ok) return plainPage(400, words.problems.unknownScope, words);
  const { id } = await context.params;
  try {
    const decided = await resolveExportScope(user, id, { includeAll: scope.scope === "all", baseUrl: exportBaseUrl(request) });
    if (!decided.ok) return plainPage(404, words.problems.notFound, words);
    // A large article's report is read and rendered by a report worker, within its time and queue limits.
    const html = await exportStoredReport("html", decided.value, { locale: words.lang, signal: request.signal });
    if (!html.ok && html.error.code === "not_found") return plainPage(404, words.problems.notFound, words);
    if (!html.ok) return plainPage(html.error.code === "timeout" ? 504 : 503, [words.problems.failed[0], html.error.message], words, html.error.details?.retryAfterSeconds);
    return new Response(withReportMetaCsp(html.value.body as string), { status: 200, headers: reportHeaders() });
  } catch (error) {
    logger.error({ err: error, url: request.url }, "report failed");
    return plainPage(500, words.problems.failed, words);
  }
}

function reportHeaders(): HeadersInit {
  return exportHeaders({ contentType: "text/html; charset=utf-8", html: true });
}

/** Relative redirect (resolved by the browser against the address it asked for, proxy or not). */
function redirectTo(location: string): Response {
  return new Response(null, { status: 307, headers: { location, "cache-control": "private, no-store" } });
}

/** A minimal standalone error page, under the same CSP as the report. */
function plainPage(status: number, [title, message]: readonly [string, string], words: ReportWords, retryAfterSeconds?: unknown): Response {
  const [heading, text, back] = [title, message, words.problems.back].map(escapeHtml);
  const html = `<!DOCTYPE html><html lang="${words.lang}" dir="${words.dir}"><head><meta charset="utf-8"><title>${heading} — Factdesk</title></head><body style="font-family:system-ui,sans-serif;margin:3rem"><h1>${heading}</h1><p>${text}</p><p><a href="/articles">${back}</a></p></body></html>`;
  const headers = new Headers(reportHeaders());
  if (typeof retryAfterSeconds === "number") headers.set("retry-after", String(retryAfterSeconds));
  return new Response(html, { status, headers });
}
