import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it.each([
    ["/articles/abc", "/articles/abc"],
    ["/review?kind=claim", "/review?kind=claim"],
    ["https://evil.example", "/my-work"],
    ["//evil.example/x", "/my-work"],
    ["/\\evil.example", "/my-work"],
    ["/sign-in", "/my-work"],
    ["/api/users", "/my-work"],
    ["", "/my-work"],
    [null, "/my-work"],
  ])("%s -> %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
