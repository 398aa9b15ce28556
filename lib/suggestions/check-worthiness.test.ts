import { describe, expect, it } from "vitest";
import { allegationParties, isAllegation } from "./allegations";
import { claimSignals, describeSignals } from "./check-worthiness";

describe("claimSignals", () => {
  it("names figures, comparisons, superlatives and changes", () => {
    expect(claimSignals("Unemployment stands at 3.9 percent, the lowest level since 1974.")).toEqual(["figure", "superlative", "date"]);
    expect(claimSignals("Crime is higher than it was.")).toEqual(["comparison"]);
    expect(claimSignals("Prices doubled.")).toEqual(["change"]);
    expect(claimSignals("The trial is expected to last six weeks.")).toEqual(["figure"]);
  });

  it("ignores a date alone, a year posing as a figure, and small number words", () => {
    expect(claimSignals("The minister met them in June 2024.")).toEqual([]);
    expect(claimSignals("Ties between the two neighbours are warm.")).toEqual([]);
  });

  it("explains itself", () => {
    expect(describeSignals(["figure", "comparison"])).toBe("Has a figure and a comparison");
  });
});

describe("allegations", () => {
  it("spot the lexicon", () => {
    expect(isAllegation("He was charged with fraud.")).toBe(true);
    expect(isAllegation("Police allege that the pair threatened staff.")).toBe(true);
    expect(isAllegation("He was charged for parking.")).toBe(false);
  });

  it("read the parties of passive and active forms", () => {
    expect(allegationParties("Graham Ellery is accused by prosecutors of fraud.")).toEqual({ allegedBy: "prosecutors", allegedAgainst: "Graham Ellery" });
    expect(allegationParties("Diplomats accused Budapest of holding the package hostage.")).toEqual({ allegedBy: "Diplomats", allegedAgainst: "Budapest" });
    expect(allegationParties("Police allege that the pair threatened two employees.")).toMatchObject({ allegedBy: "Police", allegedAgainst: "pair" });
  });
});
