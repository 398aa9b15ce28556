import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it.each([
    ["/articles/abc", "/articles/abc"],
    ["/review?kind=claim", "/review?kind=claim"],
    ["https://evil.example", "/articles"],
    ["//evil.example/x", "/articles"],
    ["/\\evil.example", "/articles"],
    ["/sign-in", "/articles"],
    ["/api/users", "/articles"],
    ["", "/articles"],
    [null, "/articles"],
  ])("%s -> %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
