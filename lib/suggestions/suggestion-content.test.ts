import { describe, expect, it } from "vitest";
import { suggestionContent, suggestionFormFields, suggestionKey } from "./suggestion-content";

describe("suggestionContent", () => {
  it("makes a quote with its speaker, wording not yet verified", () => {
    expect(suggestionContent({ kind: "quote", fields: { speaker: "Muhammad Aejaz" } })).toMatchObject({
      kind: "quote",
      fields: { speaker: "Muhammad Aejaz", wordingVerified: false, saidOn: null },
    });
  });

  it("makes a claim unverified and an allegation without right of reply", () => {
    expect(suggestionContent({ kind: "claim", fields: { claimant: "trade ministry" } })?.fields).toMatchObject({ claimant: "trade ministry", verdict: "unverified" });
    expect(suggestionContent({ kind: "allegation", fields: { allegedBy: "Police", allegedAgainst: "Two men" } })?.fields).toMatchObject({ rightOfReplySought: false });
  });

  it("is null when a required field is missing, so the form opens instead", () => {
    expect(suggestionContent({ kind: "quote", fields: { speaker: "" } })).toBeNull();
    expect(suggestionContent({ kind: "allegation", fields: { allegedBy: "Police", allegedAgainst: "" } })).toBeNull();
  });
});

describe("suggestionFormFields and suggestionKey", () => {
  it("prefill the form and name a suggestion by kind and span", () => {
    expect(suggestionFormFields({ kind: "claim", fields: {} })).toEqual({ claimant: "", verdict: "unverified" });
    expect(suggestionKey({ kind: "quote", start: 3, end: 9 })).toBe("quote:3:9");
  });
});
