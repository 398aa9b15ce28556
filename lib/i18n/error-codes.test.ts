import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import type { AppErrorCode } from "../dto/app-error";

/** Every code a server action can answer with: the form words each in the reader's language. */
const CODES: Record<AppErrorCode, true> = {
  unauthenticated: true,
  forbidden: true,
  password_change_required: true,
  not_found: true,
  invalid: true,
  conflict: true,
  merge_conflict: true,
  precondition_failed: true,
  precondition_required: true,
  throttled: true,
  payload_too_large: true,
  unsupported_media_type: true,
  unprocessable: true,
  unavailable: true,
  timeout: true,
};

describe("error messages", () => {
  it("word every error code (the key-parity test carries them into Urdu)", () => {
    for (const code of Object.keys(CODES)) expect((en.errors as Record<string, unknown>)[code], code).toEqual(expect.any(String));
  });
});
