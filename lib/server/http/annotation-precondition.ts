import type { AppError } from "@/lib/server/errors";
import { expectedVersion } from "./etag";

const REQUIRED: AppError = {
  code: "precondition_required",
  message: 'Send If-Match with the annotation\'s ETag (e.g. If-Match: "v3"), or "version" in the body, so a change made on a stale version can be refused',
};
const NOT_OURS: AppError = { code: "precondition_failed", message: "If-Match does not hold an ETag of this annotation" };

/**
 * The one precondition of every annotation write (PATCH, DELETE, the review steps, reattach): the
 * version the client saw, from `If-Match` (an ETag we issued, `"v3"`; it wins over the body) or
 * `version` in the body. Neither → 428; an If-Match that is not an annotation ETag → 412. The use
 * case then compares it with the stored version and answers a stale one with a 409 naming who
 * changed the annotation since.
 */
export function annotationVersionPrecondition(headers: Headers, bodyVersion?: number): { ok: true; version: number } | { ok: false; error: AppError } {
  const version = expectedVersion(headers, bodyVersion);
  if (version === undefined) return { ok: false, error: REQUIRED };
  if (version === null) return { ok: false, error: NOT_OURS };
  return { ok: true, version };
}
