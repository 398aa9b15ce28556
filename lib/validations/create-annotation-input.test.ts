import { describe, expect, it } from "vitest";
import { parseCreateAnnotationInput } from "./create-annotation-input";

describe("parseCreateAnnotationInput", () => {
  it("accepts offsets with a quote's fields", () => {
    const result = parseCreateAnnotationInput({ kind: "quote", fields: { speaker: "Muhammad Aejaz" }, start: 3, end: 9 });
    expect(result).toMatchObject({ ok: true, data: { placement: { start: 3, end: 9 }, content: { kind: "quote", fields: { speaker: "Muhammad Aejaz", wordingVerified: false } } } });
  });

  it("accepts a TextQuoteSelector", () => {
    const result = parseCreateAnnotationInput({ kind: "claim", fields: { claimant: "X" }, selector: { type: "TextQuoteSelector", exact: "abc", prefix: "x" } });
    expect(result.ok).toBe(true);
  });

  it.each([
    [{ kind: "claim", fields: { claimant: "X" } }, "start", /start\/end offsets or a TextQuoteSelector/],
    [{ kind: "claim", fields: { claimant: "X" }, start: 1 }, "end", /end is required/],
    [{ kind: "claim", fields: { claimant: "X" }, start: 1.5, end: 3 }, "start", /whole number/],
    [{ kind: "claim", fields: { claimant: "X" }, start: "1", end: 3 }, "start", /whole number/],
    [{ kind: "claim", fields: { claimant: "X" }, start: 1, end: 3, selector: { exact: "a" } }, "selector", /not both/],
    [{ kind: "gossip", fields: {}, start: 1, end: 3 }, "kind", /claim, quote, allegation/],
    [{ kind: "claim", fields: { claimant: "X", speaker: "Y" }, start: 1, end: 3 }, "fields.speaker", /Unknown field/],
    [{ kind: "claim", fields: { claimant: "X" }, start: 1, end: 3, colour: "red" }, "colour", /Unknown field/],
    [{ kind: "quote", fields: { speaker: "S".repeat(201) }, start: 1, end: 3 }, "fields.speaker", /at most 200/],
    [{ kind: "claim", fields: { claimant: "X" }, note: "n".repeat(5001), start: 1, end: 3 }, "note", /at most 5000/],
    [{ kind: "claim", fields: { claimant: "X" }, selector: { exact: "" } }, "selector.exact", /must not be empty/],
  ])("names the bad field in %j", (body, field, message) => {
    const result = parseCreateAnnotationInput(body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors[field]).toMatch(message);
  });

  it("refuses something that is not an object", () => {
    expect(parseCreateAnnotationInput([1, 2])).toEqual({ ok: false, fieldErrors: { input: "Send a JSON object" } });
  });
});
