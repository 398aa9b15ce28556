/**
 * The article's keyboard caret commands, for people who can't or don't drag a selection: move by
 * sentence or word, select the sentence at the caret with one key, extend or shrink a selection
 * by a word. Pure: a command maps a selection (code points) to the next one.
 */
import type { CodePointIndex } from "../anchoring/code-points";
import { extendByWord, nextSentenceStart, nextWordStart, previousSentenceStart, previousWordStart, sentenceAt, sentenceBefore, shrinkByWord, wordAt, type UnitSpan } from "../anchoring/text-units";

export type CaretCommand = "next-sentence" | "previous-sentence" | "next-word" | "previous-word" | "select-sentence" | "select-previous-sentence" | "extend-word" | "shrink-word";

/**
 * The keys (as `KeyboardEvent.key`) of each command, chosen not to clash with the desk's letters
 * (C/Q/A tag, J/K move, A/R/S review, N new revision, [ ] Enter Delete suggestions).
 */
export const CARET_KEYS: Readonly<Record<string, CaretCommand>> = {
  ")": "next-sentence",
  "(": "previous-sentence",
  w: "next-word",
  b: "previous-word",
  ".": "select-sentence",
  ",": "select-previous-sentence",
  "+": "extend-word",
  "=": "extend-word",
  "-": "shrink-word",
};

const caret = (offset: number): UnitSpan => ({ start: offset, end: offset });

/**
 * The selection after `command` from `selection` (start ≤ end; equal for a bare caret). Moves
 * leave a bare caret; "select sentence" selects the sentence at the caret, or the next one when a
 * whole sentence is already selected, so pressing it again walks through the text.
 */
export function applyCaretCommand(text: string | CodePointIndex, selection: UnitSpan, command: CaretCommand): UnitSpan {
  const empty = selection.start === selection.end;
  switch (command) {
    case "next-sentence":
      return caret(nextSentenceStart(text, empty ? selection.start : selection.end - 1));
    case "previous-sentence":
      return caret(previousSentenceStart(text, selection.start));
    case "next-word":
      return caret(nextWordStart(text, empty ? selection.start : selection.end - 1));
    case "previous-word":
      return caret(previousWordStart(text, selection.start));
    case "select-sentence": {
      const here = sentenceAt(text, selection.start);
      if (!here) return selection;
      if (empty || here.start !== selection.start || here.end !== selection.end) return here;
      return sentenceAt(text, here.end) ?? here;
    }
    case "select-previous-sentence":
      return sentenceBefore(text, selection.start) ?? sentenceAt(text, selection.start) ?? selection;
    case "extend-word":
      return empty ? (wordAt(text, selection.start) ?? selection) : extendByWord(text, selection);
    case "shrink-word":
      return empty ? selection : shrinkByWord(text, selection);
  }
}
