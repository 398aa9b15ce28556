import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import ur from "../../messages/ur.json";
import { catalogueProblems, flattenMessages, icuArguments } from "./message-catalogue";

describe("the message files", () => {
  it("have the same keys and ICU arguments in Urdu as in English, and nothing empty", () => {
    expect(catalogueProblems(en, ur, "ur")).toEqual([]);
  });
  it("are not trivially empty", () => expect(flattenMessages(en).size).toBeGreaterThan(100));
  it("really translate: most Urdu messages differ from the English", () => {
    const english = flattenMessages(en);
    const same = [...flattenMessages(ur)].filter(([key, message]) => english.get(key) === message);
    expect(same.length / english.size).toBeLessThan(0.05);
  });
});

describe("icuArguments", () => {
  it("finds simple and plural arguments, not plural branches", () => {
    expect(icuArguments("{count, plural, one {# annotation by {name}} other {# annotations}}")).toEqual(["count", "name"]);
    expect(icuArguments("Saved by {name} at {time}")).toEqual(["name", "time"]);
  });
  it("finds rich-text tags and ignores quoted braces", () => {
    expect(icuArguments("Press <kbd>Enter</kbd> '{'literal'}'")).toEqual(["<kbd>"]);
  });
  it("finds select arguments and their nested arguments", () => {
    expect(icuArguments("{kind, select, claim {a claim by {who}} other {x}}")).toEqual(["kind", "who"]);
  });
});

describe("catalogueProblems", () => {
  it("names missing, extra, empty and mismatched messages", () => {
    const problems = catalogueProblems({ a: "A {n}", b: { c: "C" } }, { a: "A {m}", b: { d: "" } }, "ur");
    expect(problems).toEqual(expect.arrayContaining(["ur: missing b.c", "ur: extra b.d", "empty message b.d", "ur: a has arguments [m], expected [n]"]));
  });
});
