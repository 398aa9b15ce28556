import { describe, expect, it } from "vitest";
import { isDecisionAction, isReviewAction, REVIEW_ACTION_LABELS, REVIEW_ACTIONS } from "./review-actions";

describe("review actions", () => {
  it("recognises actions", () => {
    expect(REVIEW_ACTIONS.every(isReviewAction)).toBe(true);
    expect(isReviewAction("publish")).toBe(false);
    expect(isReviewAction(undefined)).toBe(false);
  });

  it("marks only reviewer decisions as decisions", () => {
    expect(REVIEW_ACTIONS.filter(isDecisionAction)).toEqual(["approve", "reject", "request_changes"]);
  });

  it("labels every action", () => {
    expect(Object.keys(REVIEW_ACTION_LABELS).sort()).toEqual([...REVIEW_ACTIONS].sort());
  });
});
