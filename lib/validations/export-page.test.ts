import { describe, expect, it } from "vitest";
import { exportPageSchema } from "./export-page";

describe("exportPageSchema", () => {
  it.each([
    ["1", 1],
    ["2", 2],
    ["1000000", 1_000_000],
  ])("accepts %s", (value, page) => {
    expect(exportPageSchema.parse(value)).toBe(page);
  });

  it.each(["", "0", "-1", "01", "1.5", "1e3", " 1", "abc", "1000001"])("refuses %j", (value) => {
    expect(exportPageSchema.safeParse(value).success).toBe(false);
  });
});
