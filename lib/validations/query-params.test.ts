import { describe, expect, it } from "vitest";
import { queryList, queryValue } from "./query-params";

const params = (query: string) => new URLSearchParams(query);

describe("queryList", () => {
  it("reads repeated and comma-separated values alike", () => {
    expect(queryList(params("kind=claim&kind=quote,allegation"), "kind")).toEqual(["claim", "quote", "allegation"]);
  });
  it("trims values and drops empty ones", () => {
    expect(queryList(params("kind= claim ,,&kind="), "kind")).toEqual(["claim"]);
  });
  it("is undefined when the name is absent or only blank", () => {
    expect(queryList(params("other=1"), "kind")).toBeUndefined();
    expect(queryList(params("kind=,%20"), "kind")).toBeUndefined();
  });
});

describe("queryValue", () => {
  it("takes the first value, trimmed", () => {
    expect(queryValue(params("article=%20a1%20&article=a2"), "article")).toBe("a1");
  });
  it("is undefined when absent or blank", () => {
    expect(queryValue(params(""), "article")).toBeUndefined();
    expect(queryValue(params("article=%20"), "article")).toBeUndefined();
  });
});
