import { describe, expect, it } from "vitest";
import { forbiddenKeyErrors, forbiddenKeyPaths } from "./forbidden-keys";

describe("forbiddenKeyPaths", () => {
  it("finds the own __proto__ property JSON.parse creates", () => {
    const parsed: unknown = JSON.parse('{"name":"A","__proto__":{"role":"admin"}}');
    expect(forbiddenKeyPaths(parsed)).toEqual(["__proto__"]);
  });
  it("finds constructor and prototype", () => {
    expect(forbiddenKeyPaths({ constructor: 1, prototype: 2, name: "ok" })).toEqual(["constructor", "prototype"]);
  });
  it("names nested keys by dotted path, through arrays", () => {
    const parsed: unknown = JSON.parse('{"evidence":[{"url":"x"},{"__proto__":{}}],"fields":{"deep":{"prototype":true}}}');
    expect(forbiddenKeyPaths(parsed)).toEqual(["evidence.1.__proto__", "fields.deep.prototype"]);
  });
  it("does not look inside a forbidden key's value", () => {
    expect(forbiddenKeyPaths(JSON.parse('{"__proto__":{"constructor":{"prototype":1}}}'))).toEqual(["__proto__"]);
  });
  it("passes ordinary input, strings that merely contain the names, and scalars", () => {
    expect(forbiddenKeyPaths({ note: "__proto__", fields: { claimant: "constructor" }, list: ["prototype"] })).toEqual([]);
    expect(forbiddenKeyPaths("__proto__")).toEqual([]);
    expect(forbiddenKeyPaths(null)).toEqual([]);
    expect(forbiddenKeyPaths(42)).toEqual([]);
  });
  it("checks FormData field names", () => {
    const form = new FormData();
    form.append("file", "x");
    form.append("constructor", "y");
    expect(forbiddenKeyPaths(form)).toEqual(["constructor"]);
  });
  it("survives very deep nesting", () => {
    const deep = JSON.parse(`${"[".repeat(20_000)}{"prototype":1}${"]".repeat(20_000)}`);
    expect(forbiddenKeyPaths(deep)).toHaveLength(1);
  });
});

describe("forbiddenKeyErrors", () => {
  it("words each key as an unknown field under its own path", () => {
    expect(forbiddenKeyErrors(JSON.parse('{"fields":{"__proto__":{}}}'))).toEqual({ "fields.__proto__": 'Unknown field "__proto__"' });
  });
  it("is null when there is nothing to refuse", () => {
    expect(forbiddenKeyErrors({ kind: "claim" })).toBeNull();
  });
});
