import { describe, expect, it } from "vitest";
import { parseIdempotencyKey, requestFingerprint } from "./idempotency-key";

describe("parseIdempotencyKey", () => {
  it("has no key when the header is absent", () => {
    expect(parseIdempotencyKey(null)).toEqual({ ok: true, key: null });
  });

  it("accepts UUIDs and other printable keys up to 255 characters", () => {
    expect(parseIdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324")).toEqual({ ok: true, key: "8e03978e-40d5-43e8-bc93-6894a57f9324" });
    expect(parseIdempotencyKey('"quoted-key"')).toEqual({ ok: true, key: "quoted-key" });
    expect(parseIdempotencyKey("k".repeat(255)).ok).toBe(true);
  });

  it("refuses an empty, too long or non-printable key with a message naming the header", () => {
    for (const bad of ["", "  ", "k".repeat(256), "two words", "ключ", "tab\there"]) {
      const result = parseIdempotencyKey(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/Idempotency-Key/);
    }
  });
});

describe("requestFingerprint", () => {
  it("is the same for the same body and differs for another", () => {
    expect(requestFingerprint('{"a":1}')).toBe(requestFingerprint('{"a":1}'));
    expect(requestFingerprint('{"a":1}')).not.toBe(requestFingerprint('{"a":2}'));
    expect(requestFingerprint("")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("requestFingerprint of bytes", () => {
  it("hashes bytes and text alike", () => {
    expect(requestFingerprint(new TextEncoder().encode('{"a":1}'))).toBe(requestFingerprint('{"a":1}'));
  });
});
