import { describe, expect, it } from "vitest";
import { indexInsertedText } from "./inserted-text";

describe("indexInsertedText", () => {
  const text = "Kept text. The treasurer declined to comment on the deficit. Kept. Police arrested three men. Kept.";
  const first: [number, number] = [11, 61];
  const second: [number, number] = [67, 94];
  const index = indexInsertedText(text, [first, second]);

  it("finds the inserted range that holds most of a lost passage's words", () => {
    expect(index.rangesResembling("the treasurer declined to comment", 0.6)).toEqual([first]);
  });

  it("ignores ranges that share only short common words", () => {
    expect(index.rangesResembling("the men of the council", 0.6)).toEqual([]);
  });

  it("returns nothing for a passage without words", () => {
    expect(index.rangesResembling("… —", 0.6)).toEqual([]);
  });

  it("is case-insensitive and reusable", () => {
    expect(index.rangesResembling("POLICE ARRESTED THREE MEN", 0.6)).toEqual([second]);
    expect(index.rangesResembling("police arrested three men", 0.6)).toEqual([second]);
  });
});
