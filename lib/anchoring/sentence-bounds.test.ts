import { describe, expect, it } from "vitest";
import { sentenceEndAtOrAfter, sentenceStartAtOrBefore, startsSentence } from "./sentence-bounds";

const TEXT = 'First one. "Quoted end." Third?\nNew paragraph, with Rs 3.2 billion. Last';

describe("sentence bounds", () => {
  it("starts sentences at the edges, after a line break, and after an end and whitespace", () => {
    expect(startsSentence(TEXT, 0)).toBe(true);
    expect(startsSentence(TEXT, TEXT.indexOf('"Quoted'))).toBe(true);
    expect(startsSentence(TEXT, TEXT.indexOf("Third"))).toBe(true);
    expect(startsSentence(TEXT, TEXT.indexOf("New"))).toBe(true);
    expect(startsSentence(TEXT, TEXT.length)).toBe(true);
  });

  it("does not start a sentence inside one, nor after a decimal point", () => {
    expect(startsSentence(TEXT, TEXT.indexOf("one"))).toBe(false);
    expect(startsSentence(TEXT, TEXT.indexOf("2 billion"))).toBe(false);
    expect(startsSentence(TEXT, TEXT.indexOf("with"))).toBe(false);
  });

  it("finds the sentence around an index", () => {
    const at = TEXT.indexOf("paragraph");
    expect(sentenceStartAtOrBefore(TEXT, at)).toBe(TEXT.indexOf("New"));
    expect(TEXT.slice(sentenceStartAtOrBefore(TEXT, at), sentenceEndAtOrAfter(TEXT, at))).toBe("New paragraph, with Rs 3.2 billion.");
    expect(TEXT.slice(sentenceStartAtOrBefore(TEXT, TEXT.indexOf("Quoted")), sentenceEndAtOrAfter(TEXT, TEXT.indexOf("end")))).toBe('"Quoted end."');
    expect(sentenceEndAtOrAfter(TEXT, TEXT.indexOf("Third"))).toBe(TEXT.indexOf("\n"));
    expect(sentenceEndAtOrAfter(TEXT, TEXT.indexOf("Last"))).toBe(TEXT.length);
  });
});
