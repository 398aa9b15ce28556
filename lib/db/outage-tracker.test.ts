import { describe, expect, it } from "vitest";
import { OutageTracker } from "./outage-tracker";

describe("OutageTracker", () => {
  it("reports the first failure of an outage, not the ones after", () => {
    const tracker = new OutageTracker();
    expect(tracker.failed(new Date(1_000))).toEqual({ began: true });
    expect(tracker.failed(new Date(2_000))).toEqual({ began: false });
    expect(tracker.failed(new Date(3_000))).toEqual({ began: false });
    expect(tracker.isDown).toBe(true);
  });

  it("reports recovery once, with how long it lasted and how many failures it saw", () => {
    const tracker = new OutageTracker();
    tracker.failed(new Date(1_000));
    tracker.failed(new Date(2_500));
    expect(tracker.succeeded(new Date(6_000))).toEqual({ recovered: true, downForMs: 5_000, failures: 2 });
    expect(tracker.succeeded(new Date(7_000))).toEqual({ recovered: false });
    expect(tracker.isDown).toBe(false);
  });

  it("starts a new outage after a recovery", () => {
    const tracker = new OutageTracker();
    tracker.failed(new Date(0));
    tracker.succeeded(new Date(1));
    expect(tracker.failed(new Date(2)).began).toBe(true);
  });

  it("says nothing about successes while up", () => {
    expect(new OutageTracker().succeeded(new Date()).recovered).toBe(false);
  });
});
