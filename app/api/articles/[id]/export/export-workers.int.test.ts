import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportArticle } from "@/lib/export/export-article";
import { renderReportHtml } from "@/lib/export/report-html";
import { URDU_REPORT } from "@/lib/export/report-words";
import type { Actor } from "@/lib/server/auth/actor";
import { createArticle } from "@/lib/server/articles/create-article";
import { exportArticleOffThread, HTML_REPORT_OFF_THREAD_MIN_CHARS, renderReportHtmlOffThread } from "@/lib/server/exports/export-off-thread";
import { loadExportInput } from "@/lib/server/exports/load-export-input";
import { closeWorkerPools, reportWorkerPool } from "@/lib/server/workers/worker-pools";
import { annotate, BASE, download, seed, type Seeded } from "./export-fixtures.test-helper";

/** The report workers are on (one, the default): every PDF in this file is rendered on a worker process. */
const GENERATED_AT = new Date("2024-06-23T08:30:00Z");

async function pinnedInput(actor: Actor, id: string, includeAll = true) {
  const input = await loadExportInput(actor, id, { includeAll, baseUrl: BASE, generatedAt: GENERATED_AT });
  if (!input.ok) throw new Error(input.error.message);
  return input.value;
}

afterAll(async () => {
  await closeWorkerPools();
});

describe("reports rendered on the report workers", () => {
  let s: Seeded;
  beforeAll(async () => {
    s = await seed();
  });

  it("has a report worker pool by default", () => {
    expect(reportWorkerPool()).not.toBeNull();
  });

  it("renders the PDF on a worker, the same bytes as rendering it inline", async () => {
    const input = await pinnedInput(s.reviewer, s.id);
    const offThread = await exportArticleOffThread("pdf", input);
    const inline = await exportArticle("pdf", input);
    expect(offThread.ok).toBe(true);
    if (!offThread.ok) return;
    expect(offThread.value.contentType).toBe("application/pdf");
    expect(offThread.value.fileName).toBe(inline.fileName);
    expect(Buffer.isBuffer(offThread.value.body)).toBe(true);
    expect(Buffer.compare(offThread.value.body as Buffer, inline.body as Buffer)).toBe(0);
  }, 120_000);

  it("serves the PDF download through the worker and leaves it idle afterwards", async () => {
    const response = await download(s.token, s.id, "?format=pdf&scope=all");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(reportWorkerPool()!.stats()).toMatchObject({ busy: 0, queued: 0 });
  }, 120_000);

  it("renders a large article's HTML report on a worker, in the reader's language, the same as inline", async () => {
    const paragraph = "The minister said unemployment had doubled since 2020, a figure the statistics office disputes. ";
    const text = `${paragraph.repeat(Math.ceil((HTML_REPORT_OFF_THREAD_MIN_CHARS * 1.5) / paragraph.length))}Only here: the grid will be fixed by winter.`;
    const created = await createArticle(s.editor, { metadata: { title: "Long read", outlet: "", byline: "", url: "", publishedOn: null }, body: { text }, source: "text" });
    if (!created.ok) throw new Error(created.error.message);
    await annotate(s.editor, created.value.id, "the grid will be fixed by winter", "claim", "approved");
    const input = await pinnedInput(s.reviewer, created.value.id);
    expect(input.article.text.length).toBeGreaterThanOrEqual(HTML_REPORT_OFF_THREAD_MIN_CHARS);
    const offThread = await renderReportHtmlOffThread(input, "ur");
    expect(offThread).toEqual({ ok: true, value: renderReportHtml(input, URDU_REPORT) });
  }, 120_000);

  it("keeps the PDF's text readable when rendered on a worker", async () => {
    const input = await pinnedInput(s.reviewer, s.id, false);
    const offThread = await exportArticleOffThread("pdf", input);
    if (!offThread.ok) throw new Error(offThread.error.message);
    const { text } = await extractText(new Uint8Array(offThread.value.body as Buffer), { mergePages: true });
    expect((text as string).replace(/\s+/g, " ")).toContain("unemployment had doubled since 2020");
  }, 120_000);
});
