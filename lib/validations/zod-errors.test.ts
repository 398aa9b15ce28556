import { describe, expect, it } from "vitest";
import { annotationContentSchema } from "./annotation";
import { describeFieldErrors, zodFieldErrors } from "./zod-errors";

describe("zodFieldErrors", () => {
  it("names a missing kind field by path", () => {
    const result = annotationContentSchema.safeParse({ kind: "quote", fields: { speaker: "" } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(zodFieldErrors(result.error)).toEqual({ "fields.speaker": "Speaker is required" });
  });

  it("names a field of another kind as unknown", () => {
    const result = annotationContentSchema.safeParse({ kind: "claim", fields: { claimant: "A", speaker: "B" } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(zodFieldErrors(result.error)).toEqual({ "fields.speaker": 'Unknown field "speaker"' });
  });

  it("names an unknown kind", () => {
    const result = annotationContentSchema.safeParse({ kind: "rumour", fields: {} });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = zodFieldErrors(result.error);
    expect(errors.kind).toMatch(/claim, quote, allegation/);
    expect(describeFieldErrors(errors)).toMatch(/^kind: /);
  });

  it("names an oversized field and a bad evidence URL", () => {
    const result = annotationContentSchema.safeParse({
      kind: "claim",
      fields: { claimant: "x".repeat(201) },
      evidence: [{ url: "javascript:alert(1)" }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = zodFieldErrors(result.error);
    expect(errors["fields.claimant"]).toMatch(/at most 200/);
    expect(errors["evidence.0.url"]).toMatch(/http/);
  });
});
