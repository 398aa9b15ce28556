import { describe, expect, it } from "vitest";
import { HTTP_STATUS } from "@/lib/server/errors";
import { policyError, refusedBy } from "./policy-refusal";

describe("policyError: how a refusal of the policy reaches the caller", () => {
  it.each([
    ["unauthenticated", "unauthenticated", 401],
    ["password_change_required", "password_change_required", 403],
    ["deactivated", "forbidden", 403],
    ["role", "forbidden", 403],
    ["four_eyes", "forbidden", 403],
    ["not_owner", "forbidden", 403],
  ] as const)("%s → %s (%i), with the policy's message", (refusal, code, status) => {
    const error = policyError({ ok: false, code: refusal, message: `Because ${refusal}.` });
    expect(error.code).toBe(code);
    expect(HTTP_STATUS[error.code]).toBe(status);
    expect(error.message).toBe(`Because ${refusal}.`);
  });

  it("says why a forbidden one was refused in details.refusal", () => {
    expect(policyError({ ok: false, code: "four_eyes", message: "m" })).toEqual({ code: "forbidden", message: "m", details: { refusal: "four_eyes" } });
    expect(policyError({ ok: false, code: "unauthenticated", message: "m" })).toEqual({ code: "unauthenticated", message: "m" });
  });

  it("refusedBy is a failed Result", () => {
    expect(refusedBy({ ok: false, code: "role", message: "m" })).toEqual({ ok: false, error: { code: "forbidden", message: "m", details: { refusal: "role" } } });
  });
});
