import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, EXPORT_SCOPES, isExportFormat } from "./export-formats";

describe("export formats", () => {
  it("lists each format once with a label and an extension", () => {
    const ids = EXPORT_FORMATS.map((format) => format.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const format of EXPORT_FORMATS) expect(format.label.length).toBeGreaterThan(3);
    for (const format of EXPORT_FORMATS) expect(format.extension).toMatch(/^[a-z]+$/);
  });

  it("accepts the listed ids only", () => {
    for (const format of EXPORT_FORMATS) expect(isExportFormat(format.id)).toBe(true);
    for (const value of ["HTML", "docx", "", null, undefined, 1]) expect(isExportFormat(value)).toBe(false);
  });

  it("has approved first: the default scope", () => {
    expect(EXPORT_SCOPES[0]).toBe("approved");
  });
});
