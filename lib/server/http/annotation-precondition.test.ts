import { describe, expect, it } from "vitest";
import { annotationVersionPrecondition } from "./annotation-precondition";

const headers = (ifMatch?: string) => new Headers(ifMatch === undefined ? {} : { "if-match": ifMatch });

describe("annotationVersionPrecondition: one If-Match policy for every annotation write", () => {
  it("takes the version from an If-Match ETag we issued, strong or weak", () => {
    expect(annotationVersionPrecondition(headers('"v3"'))).toEqual({ ok: true, version: 3 });
    expect(annotationVersionPrecondition(headers(' W/"v12" '))).toEqual({ ok: true, version: 12 });
  });

  it('falls back to "version" in the body, and If-Match wins when both are sent', () => {
    expect(annotationVersionPrecondition(headers(), 4)).toEqual({ ok: true, version: 4 });
    expect(annotationVersionPrecondition(headers('"v5"'), 4)).toEqual({ ok: true, version: 5 });
  });

  it("answers 428 precondition_required when neither is sent, saying what to send", () => {
    const result = annotationVersionPrecondition(headers());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("precondition_required");
    expect(result.error.message).toContain('If-Match: "v3"');
    expect(result.error.message).toContain('"version"');
  });

  it("answers 412 precondition_failed for an If-Match that is not an annotation ETag", () => {
    for (const value of ['"r3"', "*", "v3", '"v"', '"v3", "v4"']) {
      const result = annotationVersionPrecondition(headers(value), 3);
      expect(result.ok, value).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("precondition_failed");
    }
  });
});
