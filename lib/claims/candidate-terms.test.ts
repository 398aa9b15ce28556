import { describe, expect, it } from "vitest";
import { candidateTerms, orQuery } from "./candidate-terms";

describe("candidateTerms", () => {
  it("looks for a figure as digits, as a word and in millions", () => {
    expect(candidateTerms("Inflation rose 10%")).toEqual(expect.arrayContaining(["inflation", "rise", "10", "ten"]));
    expect(candidateTerms("2,000,000 tonnes of wheat")).toEqual(expect.arrayContaining(["2000000", "2", "million", "wheat", "tonne"]));
  });

  it("keeps Urdu words and reads Urdu digits", () => {
    expect(candidateTerms("مہنگائی ۱۰ فیصد")).toEqual(expect.arrayContaining(["مہنگائی", "10"]));
  });
});

describe("orQuery", () => {
  it("quotes every term so input is never tsquery syntax", () => {
    expect(orQuery(["o'neill", "a|b"])).toBe("'o''neill' | 'a|b'");
  });
});
