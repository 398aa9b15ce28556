import { describe, expect, it } from "vitest";
import { applyCaretCommand, CARET_KEYS } from "./caret-commands";

const TEXT = "Taxes rose by 12%. The minister denied it. Critics said otherwise.";
const at = (s: string) => TEXT.indexOf(s);
const text = (span: { start: number; end: number }) => TEXT.slice(span.start, span.end);
const caret = (offset: number) => ({ start: offset, end: offset });

describe("applyCaretCommand", () => {
  it("selects the sentence at the caret, then the next one on each press", () => {
    const first = applyCaretCommand(TEXT, caret(at("rose")), "select-sentence");
    expect(text(first)).toBe("Taxes rose by 12%.");
    const second = applyCaretCommand(TEXT, first, "select-sentence");
    expect(text(second)).toBe("The minister denied it.");
    const third = applyCaretCommand(TEXT, second, "select-sentence");
    expect(text(third)).toBe("Critics said otherwise.");
    expect(applyCaretCommand(TEXT, third, "select-sentence")).toEqual(third);
  });

  it("turns a partial selection into its whole sentence", () => {
    const word = { start: at("minister"), end: at("minister") + 8 };
    expect(text(applyCaretCommand(TEXT, word, "select-sentence"))).toBe("The minister denied it.");
  });

  it("selects the previous sentence, or the caret's own when the caret is inside it", () => {
    const second = { start: at("The"), end: at("Critics") - 1 };
    expect(text(applyCaretCommand(TEXT, second, "select-previous-sentence"))).toBe("Taxes rose by 12%.");
    expect(text(applyCaretCommand(TEXT, caret(at("denied")), "select-previous-sentence"))).toBe("The minister denied it.");
    expect(text(applyCaretCommand(TEXT, caret(0), "select-previous-sentence"))).toBe("Taxes rose by 12%.");
  });

  it("extends by a word and shrinks back; on a bare caret extending selects the word", () => {
    const word = applyCaretCommand(TEXT, caret(at("minister") + 2), "extend-word");
    expect(text(word)).toBe("minister");
    const two = applyCaretCommand(TEXT, word, "extend-word");
    expect(text(two)).toBe("minister denied");
    expect(text(applyCaretCommand(TEXT, two, "shrink-word"))).toBe("minister");
    expect(applyCaretCommand(TEXT, caret(4), "shrink-word")).toEqual(caret(4));
  });

  it("moves a bare caret by words and sentences", () => {
    expect(applyCaretCommand(TEXT, caret(0), "next-word")).toEqual(caret(at("rose")));
    expect(applyCaretCommand(TEXT, caret(at("rose")), "previous-word")).toEqual(caret(0));
    expect(applyCaretCommand(TEXT, caret(3), "next-sentence")).toEqual(caret(at("The")));
    expect(applyCaretCommand(TEXT, caret(at("minister")), "previous-sentence")).toEqual(caret(at("The")));
  });

  it("collapses a selection when moving, from its far end forwards and its near end backwards", () => {
    const sentence = { start: at("The"), end: at("Critics") - 1 };
    expect(applyCaretCommand(TEXT, sentence, "next-sentence")).toEqual(caret(at("Critics")));
    expect(applyCaretCommand(TEXT, sentence, "previous-sentence")).toEqual(caret(0));
    expect(applyCaretCommand(TEXT, sentence, "next-word")).toEqual(caret(at("Critics")));
  });
});

describe("CARET_KEYS", () => {
  it("never takes a letter the desk already uses", () => {
    for (const taken of ["c", "q", "a", "j", "k", "r", "s", "n", "[", "]", "Enter", "Delete", "Escape"]) expect(CARET_KEYS[taken]).toBeUndefined();
  });
});
