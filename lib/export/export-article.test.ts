import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, exportArticle, isExportFormat } from "./export-article";
import { exportFileName, slugify } from "./file-name";
import { englishInput, urduInput } from "./sample-input.test-helper";

describe("slugify", () => {
  it.each([
    ["Doha meeting", "doha-meeting"],
    ['Doha meeting: "framework" agreed <b>?</b>', "doha-meeting-framework-agreed-b-b"],
    ["Café crème à São Paulo", "cafe-creme-a-sao-paulo"],
    ["  --Hello__World--  ", "hello-world"],
    ["مہنگائی پر بیان", ""],
    ["../../etc/passwd", "etc-passwd"],
    ["", ""],
  ])("%j → %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("cuts long titles at a hyphen, at most 60 characters", () => {
    const slug = slugify("The minister said that the government had agreed a framework for the talks in Doha on Tuesday");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe("the-minister-said-that-the-government-had-agreed-a-framework");
  });
});

describe("exportFileName", () => {
  it("names each format after the title", () => {
    const article = { id: "art-1", title: "Doha meeting" };
    expect(exportFileName(article, "pdf")).toBe("doha-meeting-factdesk-report.pdf");
    expect(exportFileName(article, "html")).toBe("doha-meeting-factdesk-report.html");
    expect(exportFileName(article, "w3c")).toBe("doha-meeting-annotations.jsonld");
    expect(exportFileName(article, "claimreview")).toBe("doha-meeting-claimreview.jsonld");
    expect(exportFileName(article, "csv")).toBe("doha-meeting-annotations.csv");
  });

  it("falls back to the article id when the title has no ASCII letters", () => {
    expect(exportFileName({ id: "art-ur", title: "مہنگائی" }, "pdf")).toBe("article-art-ur-factdesk-report.pdf");
    expect(exportFileName({ id: "", title: "" }, "csv")).toBe("article-export-annotations.csv");
  });

  it("only ever uses safe characters", () => {
    for (const title of ['a"b;c\r\nd', "ü/ß\\x", "😀 <script>"]) {
      expect(exportFileName({ id: "x y", title }, "html")).toMatch(/^[a-z0-9.-]+$/);
    }
  });
});

describe("exportArticle", () => {
  it("lists five formats with labels", () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(["html", "pdf", "w3c", "claimreview", "csv"]);
    for (const format of EXPORT_FORMATS) expect(format.label.length).toBeGreaterThan(3);
    expect(isExportFormat("pdf")).toBe(true);
    expect(isExportFormat("docx")).toBe(false);
    expect(isExportFormat(undefined)).toBe(false);
  });

  it.each([
    ["html", "text/html; charset=utf-8", "<!DOCTYPE html>"],
    ["w3c", 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', '{\n  "@context": "http://www.w3.org/ns/anno.jsonld"'],
    ["claimreview", "application/ld+json; charset=utf-8", '[\n  {\n    "@context": "https://schema.org"'],
    ["csv", "text/csv; charset=utf-8; header=present", "\uFEFFnumber,id,kind"],
  ] as const)("serialises %s", async (format, contentType, start) => {
    const result = await exportArticle(format, englishInput());
    expect(result.contentType).toBe(contentType);
    expect(typeof result.body).toBe("string");
    expect((result.body as string).startsWith(start)).toBe(true);
    expect(result.fileName.startsWith("doha-meeting-framework-agreed-b-b-")).toBe(true);
  });

  it("renders the PDF as a Buffer", async () => {
    const result = await exportArticle("pdf", urduInput());
    expect(Buffer.isBuffer(result.body)).toBe(true);
    expect(result.contentType).toBe("application/pdf");
    expect(result.fileName).toBe("article-art-ur-factdesk-report.pdf");
  });

  it("refuses an unknown format", async () => {
    await expect(exportArticle("docx" as never, englishInput())).rejects.toThrow("Unknown export format");
  });
});
