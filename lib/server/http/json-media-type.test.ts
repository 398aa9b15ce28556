import { describe, expect, it } from "vitest";
import { isJsonContentType } from "./json-media-type";

describe("isJsonContentType", () => {
  it.each([
    "application/json",
    "application/json; charset=utf-8",
    "Application/JSON;Charset=UTF-8",
    'application/json; charset="utf-8"',
    "application/merge-patch+json",
    "application/ld+json; profile=x",
  ])("accepts %s", (type) => expect(isJsonContentType(type)).toBe(true));
  it.each([
    "text/plain",
    "text/plain;charset=UTF-8",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/jsonx",
    "text/json",
    "application/json; charset=latin1",
    "application/+json",
    "",
  ])("refuses %s", (type) => expect(isJsonContentType(type)).toBe(false));
  it("refuses a missing type", () => {
    expect(isJsonContentType(null)).toBe(false);
  });
});
