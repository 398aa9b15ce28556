import { describe, expect, it } from "vitest";
import { openAgeBucket } from "./open-age-buckets";

const DAY = 86_400;

describe("openAgeBucket", () => {
  it.each([
    [0, "under_1_day"],
    [DAY - 1, "under_1_day"],
    [DAY, "1_to_3_days"],
    [3 * DAY - 1, "1_to_3_days"],
    [3 * DAY, "3_to_7_days"],
    [7 * DAY, "7_to_14_days"],
    [14 * DAY - 1, "7_to_14_days"],
    [14 * DAY, "14_days_or_more"],
    [400 * DAY, "14_days_or_more"],
    [-60, "under_1_day"],
  ])("puts an item waiting %i s in %s", (age, bucket) => {
    expect(openAgeBucket(age)).toBe(bucket);
  });
});
