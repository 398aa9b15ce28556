import { describe, expect, it } from "vitest";
import { foldEnglish, normaliseClaim, tokenise } from "./normalise-claim";

const figures = (text: string) => normaliseClaim(text).figures;
const words = (text: string) => normaliseClaim(text).words;

describe("tokenise", () => {
  it("reads Urdu and Arabic-Indic digits as ASCII and joins digit groups", () => {
    expect(tokenise("۱۰ فیصد")).toEqual(["10", "فیصد"]);
    expect(tokenise("٢٥٪")).toEqual(["25", "٪"]);
    expect(tokenise("2,000,000 people")).toEqual(["2000000", "people"]);
  });

  it("splits figures from their units and symbols", () => {
    expect(tokenise("10% and $2bn")).toEqual(["10", "%", "and", "$", "2", "bn"]);
  });
});

describe("normaliseClaim figures", () => {
  it("reads percentages however they are written", () => {
    for (const text of ["ten percent", "10%", "10 per cent", "10 percent", "۱۰ فیصد", "دس فیصد", "ten per cent"]) expect(figures(text)).toEqual(["10 percent"]);
  });

  it("reads millions and tonnes however they are written", () => {
    for (const text of ["2 million tonnes", "two million tons", "2m tonnes", "2,000,000 t", "2 ملین ٹن"]) expect(figures(text)).toEqual(["2000000 tonne"]);
  });

  it("reads compound number words", () => {
    expect(figures("twenty-five people")).toEqual(["25 people"]);
    expect(figures("three hundred and five")).toEqual(["305"]);
    expect(figures("two hundred thousand")).toEqual(["200000"]);
    expect(figures("1.5 billion dollars")).toEqual(["1500000000 usd"]);
    expect(figures("$1.5bn")).toEqual(["1500000000 usd"]);
    expect(figures("دو ارب روپے")).toEqual(["2000000000 pkr"]);
    expect(figures("3 crore")).toEqual(["30000000"]);
  });

  it("reads fractions written as words as percentages", () => {
    expect(figures("half of all children")).toEqual(["50 percent"]);
  });
});

describe("normaliseClaim words", () => {
  it("drops stop words and folds inflections and verbs of change", () => {
    expect(words("Unemployment rose in the cities")).toEqual(["unemployment", "rise", "city"]);
    expect(words("unemployment increased in cities")).toEqual(["unemployment", "rise", "city"]);
    expect(words("Exports dropped sharply")).toEqual(["export", "fall", "sharp"]);
  });

  it("drops Urdu function words and groups Urdu verbs of change", () => {
    expect(words("مہنگائی میں اضافہ ہوا ہے")).toEqual(["مہنگائی", "rise"]);
  });
});

describe("foldEnglish", () => {
  it("folds -ing, -ed, -s, -ies and doubled consonants", () => {
    expect(foldEnglish("increasing")).toBe("increas");
    expect(foldEnglish("increased")).toBe("increas");
    expect(foldEnglish("increases")).toBe("increas");
    expect(foldEnglish("studies")).toBe("study");
    expect(foldEnglish("dropped")).toBe("drop");
    expect(foldEnglish("less")).toBe("less");
  });
});
