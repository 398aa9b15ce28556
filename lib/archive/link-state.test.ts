import { describe, expect, it } from "vitest";
import { linkStateAfterCheck } from "./link-state";

const first = { sha256: "a", textSha256: "t" };

describe("linkStateAfterCheck", () => {
  it("is dead when the check failed", () => expect(linkStateAfterCheck(first, null)).toBe("dead"));
  it("is ok when the body is the same", () => expect(linkStateAfterCheck(first, { sha256: "a", textSha256: "t" })).toBe("ok"));
  it("is changed when the body and the text differ", () => expect(linkStateAfterCheck(first, { sha256: "b", textSha256: "u" })).toBe("changed"));
  it("is ok when only the page around the same text changed", () => expect(linkStateAfterCheck(first, { sha256: "b", textSha256: "t" })).toBe("ok"));
  it("is changed when the body differs and there is no text to compare", () => expect(linkStateAfterCheck({ sha256: "a", textSha256: null }, { sha256: "b", textSha256: null })).toBe("changed"));
  it("is ok without a baseline", () => expect(linkStateAfterCheck(null, { sha256: "b", textSha256: null })).toBe("ok"));
});
