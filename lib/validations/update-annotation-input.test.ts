import { describe, expect, it } from "vitest";
import type { AnnotationContent } from "./annotation";
import { mergeAnnotationContent } from "./update-annotation-input";

const quote: AnnotationContent = {
  kind: "quote",
  fields: { speaker: "Muhammad Aejaz", saidWhere: "On X", saidOn: null, wordingVerified: false },
  note: "",
  evidence: [],
};

describe("mergeAnnotationContent", () => {
  it("merges partial fields of the same kind", () => {
    const result = mergeAnnotationContent(quote, { fields: { wordingVerified: true } });
    expect(result).toEqual({ ok: true, content: { ...quote, fields: { ...quote.fields, wordingVerified: true } } });
  });

  it("requires the new kind's fields when the kind changes", () => {
    const result = mergeAnnotationContent(quote, { kind: "claim" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors["fields.claimant"]).toMatch(/required/);
    expect(mergeAnnotationContent(quote, { kind: "claim", fields: { claimant: "Aejaz" } }).ok).toBe(true);
  });

  it("refuses a field of another kind and a bad evidence item", () => {
    const result = mergeAnnotationContent(quote, { fields: { verdict: "false" }, evidence: [{ url: "ftp://x" }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors["fields.verdict"]).toMatch(/Unknown field/);
    expect(result.fieldErrors["evidence.0.url"]).toMatch(/http/);
  });
});
