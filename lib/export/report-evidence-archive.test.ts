import { extractText } from "unpdf";
import { describe, expect, it } from "vitest";
import { evidenceArchiveLine } from "./evidence-archive-line";
import { URDU_REPORT } from "./report-words";
import type { ExportInput } from "./export-types";
import { renderReportHtml } from "./report-html";
import { renderReportPdf } from "./report-pdf";
import { englishInput } from "./sample-input.test-helper";

const HASH = "0123456789abcdef".repeat(4);

/** The sample with the claim's two evidence items archived and failed. */
function archivedInput(): ExportInput {
  const input = englishInput();
  return {
    ...input,
    annotations: input.annotations.map((annotation) =>
      annotation.id !== "a-unemployment"
        ? annotation
        : {
            ...annotation,
            evidence: [
              { ...annotation.evidence[0], archive: { state: "archived" as const, archivedAt: "2024-06-21T09:30:00.000Z", sha256: HASH } },
              { ...annotation.evidence[1], archive: { state: "failed" as const, message: "The site answered 404 Not Found." } },
            ],
          },
    ),
  };
}

describe("evidenceArchiveLine", () => {
  it("gives the archive date and the hash's first 16 hex digits", () => {
    expect(evidenceArchiveLine({ state: "archived", archivedAt: "2024-06-21T23:59:00.000Z", sha256: HASH })).toBe("archived 2024-06-21 · SHA-256 0123456789abcdef");
  });
  it("says why archiving failed, or that it has not happened", () => {
    expect(evidenceArchiveLine({ state: "failed", message: "The site answered 404 Not Found." })).toBe("not archived: The site answered 404 Not Found.");
    expect(evidenceArchiveLine({ state: "pending" })).toBe("not archived yet");
    expect(evidenceArchiveLine(undefined)).toBeNull();
    expect(evidenceArchiveLine({ state: "pending" }, URDU_REPORT)).toBe("ابھی محفوظ نہیں کیا گیا");
    expect(evidenceArchiveLine({ state: "archived", archivedAt: "2024-06-21T23:59:00.000Z", sha256: HASH }, URDU_REPORT)).toBe(`2024-06-21 کو محفوظ کیا گیا · SHA-256 ${HASH.slice(0, 16)}`);
  });
});

describe("the report lists each piece of evidence's archive", () => {
  it("in HTML", () => {
    const html = renderReportHtml(archivedInput());
    expect(html).toContain('<span class="archive">archived 2024-06-21 · SHA-256 0123456789abcdef</span>');
    expect(html).toContain('<span class="archive">not archived: The site answered 404 Not Found.</span>');
  });

  it("in PDF", async () => {
    const pdf = await renderReportPdf(archivedInput());
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("archived 2024-06-21 · SHA-256 0123456789abcdef");
    expect(flat).toContain("not archived: The site answered 404 Not Found.");
  });

  it("and says nothing of an archive for evidence without one", () => {
    expect(renderReportHtml(englishInput())).not.toContain('class="archive"');
  });
});
