import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportArticle } from "@/lib/export/export-article";
import { renderReportHtml } from "@/lib/export/report-html";
import { URDU_REPORT } from "@/lib/export/report-words";
import type { Actor } from "@/lib/server/auth/actor";
import { createArticle } from "@/lib/server/articles/create-article";
import { db } from "@/lib/server/db/prisma";
import { exportStoredReport, HTML_REPORT_OFF_THREAD_MIN_CHARS } from "@/lib/server/exports/export-off-thread";
import { loadExportInput, resolveExportScope, type ExportOptions } from "@/lib/server/exports/load-export-input";
import { REPORT_WORKER_APPLICATION_NAME } from "@/lib/server/exports/stored-report-tasks";
import { closeWorkerPools, reportWorkerPool } from "@/lib/server/workers/worker-pools";
import { annotate, BASE, download, seed, type Seeded } from "./export-fixtures.test-helper";

/** Reports read *and* rendered by a report worker process, from a scope decided for the acting user. */
const GENERATED_AT = new Date("2024-06-23T08:30:00Z");
const options = (includeAll: boolean): ExportOptions => ({ includeAll, baseUrl: BASE, generatedAt: GENERATED_AT });

async function scopeFor(actor: Actor, id: string, includeAll: boolean) {
  const scope = await resolveExportScope(actor, id, options(includeAll));
  if (!scope.ok) throw new Error(scope.error.message);
  return scope.value;
}

async function pdfText(body: unknown): Promise<string> {
  const { text } = await extractText(new Uint8Array(body as Buffer), { mergePages: true });
  return (text as string).replace(/\s+/g, " ");
}

afterAll(async () => {
  await closeWorkerPools();
});

describe("reports the report worker reads itself", () => {
  let s: Seeded;
  beforeAll(async () => {
    s = await seed();
  });

  it("gives the same PDF bytes as reading and rendering it on the request thread", async () => {
    const stored = await exportStoredReport("pdf", await scopeFor(s.reviewer, s.id, true));
    const input = await loadExportInput(s.reviewer, s.id, options(true));
    if (!stored.ok || !input.ok) throw new Error("export failed");
    const inline = await exportArticle("pdf", input.value);
    expect(stored.value.contentType).toBe("application/pdf");
    expect(stored.value.fileName).toBe(inline.fileName);
    expect(Buffer.compare(stored.value.body as Buffer, inline.body as Buffer)).toBe(0);
    expect(reportWorkerPool()!.stats()).toMatchObject({ busy: 0, queued: 0 });
  }, 120_000);

  it("reads through the worker's own database connection, not the app's", async () => {
    expect((await exportStoredReport("pdf", await scopeFor(s.reviewer, s.id, false))).ok).toBe(true);
    const [row] = await db().$queryRaw<{ connections: number }[]>`
      SELECT count(*)::int AS "connections" FROM pg_stat_activity WHERE application_name = ${REPORT_WORKER_APPLICATION_NAME} AND datname = current_database()`;
    expect(row.connections).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it("renders only what the scope covers: approved annotations unless everything was asked for", async () => {
    const approved = await exportStoredReport("pdf", await scopeFor(s.reviewer, s.id, false));
    const everything = await exportStoredReport("pdf", await scopeFor(s.reviewer, s.id, true));
    if (!approved.ok || !everything.ok) throw new Error("export failed");
    const [approvedText, everythingText] = [await pdfText(approved.value.body), await pdfText(everything.value.body)];
    expect(approvedText).toContain("claim note");
    expect(approvedText).not.toContain("allegation note");
    expect(everythingText).toContain("allegation note");
  }, 120_000);

  it("leaves out an annotation deleted after the scope was decided", async () => {
    const scope = await scopeFor(s.reviewer, s.id, true);
    const extra = await annotate(s.editor, s.id, "she told reporters", "claim", "approved");
    await db().annotation.update({ where: { id: extra }, data: { note: "Deleted before the render", deletedAt: new Date() } });
    const stored = await exportStoredReport("pdf", scope);
    if (!stored.ok) throw new Error(stored.error.message);
    expect(await pdfText(stored.value.body)).not.toContain("Deleted before the render");
  }, 120_000);

  it("answers not found for an article deleted after the scope was decided, and gives no scope to a deactivated user", async () => {
    const created = await createArticle(s.editor, { metadata: { title: "Soon gone", outlet: "", byline: "", url: "", publishedOn: null }, body: { text: "Short." }, source: "text" });
    if (!created.ok) throw new Error(created.error.message);
    const scope = await scopeFor(s.reviewer, created.value.id, true);
    await db().article.update({ where: { id: created.value.id }, data: { deletedAt: new Date() } });
    const stored = await exportStoredReport("pdf", scope);
    expect(stored.ok ? null : stored.error.code).toBe("not_found");
    const refused = await resolveExportScope({ ...s.reviewer, active: false }, s.id, options(true));
    expect(refused.ok).toBe(false);
    expect((await download(s.token, created.value.id, "?format=pdf")).status).toBe(404);
  }, 120_000);

  it("reads and renders a large article's HTML report on the worker, in the reader's language, the same as inline", async () => {
    const paragraph = "The minister said unemployment had doubled since 2020, a figure the statistics office disputes. ";
    const text = `${paragraph.repeat(Math.ceil((HTML_REPORT_OFF_THREAD_MIN_CHARS * 1.5) / paragraph.length))}Only here: the grid will be fixed by winter.`;
    const created = await createArticle(s.editor, { metadata: { title: "Long read", outlet: "", byline: "", url: "", publishedOn: null }, body: { text }, source: "text" });
    if (!created.ok) throw new Error(created.error.message);
    await annotate(s.editor, created.value.id, "the grid will be fixed by winter", "claim", "approved");
    const scope = await scopeFor(s.reviewer, created.value.id, false);
    expect(scope.textLength).toBe(text.length);
    const stored = await exportStoredReport("html", scope, { locale: "ur" });
    const input = await loadExportInput(s.reviewer, created.value.id, options(false));
    if (!stored.ok || !input.ok) throw new Error("export failed");
    expect(stored.value.body).toBe(renderReportHtml(input.value, URDU_REPORT));
    expect(stored.value.contentType).toMatch(/^text\/html/);
  }, 120_000);
});
