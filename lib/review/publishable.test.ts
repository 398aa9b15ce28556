import { describe, expect, it } from "vitest";
import { ANCHOR_STATES, REVIEW_STATUSES } from "../domain/review-statuses";
import { isPublishedApproval, standingStatus } from "./publishable";

describe("isPublishedApproval", () => {
  it("holds only for an approved annotation still anchored to its text", () => {
    expect(isPublishedApproval({ status: "approved", anchorState: "anchored" })).toBe(true);
    expect(isPublishedApproval({ status: "approved", anchorState: "orphaned" })).toBe(false);
    expect(isPublishedApproval({ status: "approved", anchorState: "changed" })).toBe(false);
  });

  it("never holds for another status", () => {
    for (const status of REVIEW_STATUSES.filter((s) => s !== "approved")) {
      for (const anchorState of ANCHOR_STATES) expect(isPublishedApproval({ status, anchorState })).toBe(false);
    }
  });
});

describe("standingStatus", () => {
  it("counts an approval whose text is gone or changed as needing re-review", () => {
    expect(standingStatus({ status: "approved", anchorState: "orphaned" })).toBe("needs_rereview");
    expect(standingStatus({ status: "approved", anchorState: "changed" })).toBe("needs_rereview");
    expect(standingStatus({ status: "approved", anchorState: "anchored" })).toBe("approved");
    expect(standingStatus({ status: "rejected", anchorState: "orphaned" })).toBe("rejected");
  });
});
