import { createHash } from "node:crypto";

const MAX_KEY_LENGTH = 255;
const PRINTABLE = /^[\x21-\x7e]+$/;

/**
 * Reads an `Idempotency-Key` header (IETF draft-ietf-httpapi-idempotency-key-header): 1–255
 * printable ASCII characters without spaces, optionally sent as a quoted string. `key: null`
 * when the header is absent.
 */
export function parseIdempotencyKey(header: string | null): { ok: true; key: string | null } | { ok: false; message: string } {
  if (header === null) return { ok: true, key: null };
  const trimmed = header.trim();
  const key = trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
  if (key.length === 0) return { ok: false, message: "Idempotency-Key is empty: send a unique value per operation, e.g. a UUID" };
  if (key.length > MAX_KEY_LENGTH) return { ok: false, message: `Idempotency-Key is longer than ${MAX_KEY_LENGTH} characters` };
  if (!PRINTABLE.test(key)) return { ok: false, message: "Idempotency-Key must be printable ASCII without spaces, e.g. a UUID" };
  return { ok: true, key };
}

/** SHA-256 (hex) of a request body's bytes: a repeated key must come with the same body. */
export function requestFingerprint(body: string | Uint8Array): string {
  return createHash("sha256").update(body).digest("hex");
}
