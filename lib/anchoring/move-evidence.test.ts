import { describe, expect, it } from "vitest";
import { createDiffMapping } from "./diff-mapping";
import { moveCheck } from "./move-evidence";
import { diffTexts } from "./text-diff";

const OLD = "Intro sentence here. The treasurer of the city declined to comment on the deficit. Middle part stays. End.";
const checkFor = (oldText: string, newText: string, exact: string, repeated = false) => {
  const start = oldText.indexOf(exact);
  const mapping = createDiffMapping(diffTexts(oldText, newText));
  return moveCheck({ old: oldText, new: newText }, mapping, [start, start + exact.length], { codePoints: Array.from(exact).length, repeated });
};

describe("moveCheck", () => {
  it("accepts the place a sentence moved to, with its surroundings", () => {
    const moved = "Intro sentence here. Middle part stays. The treasurer of the city declined to comment on the deficit. End.";
    const check = checkFor(OLD, moved, "declined to comment");
    const at = moved.indexOf("declined to comment");
    expect(check?.accepts(at, at + 19)).toBe(true);
    expect(check?.passage).toBe("The treasurer of the city declined to comment on the deficit.");
  });

  it("refuses text that survived from the old revision (a twin)", () => {
    const old = "A: the treasurer declined to comment on it. B: the treasurer declined to comment on it. C.";
    const edited = "B: the treasurer declined to comment on it. C.";
    const check = checkFor(old, edited, "the treasurer declined to comment");
    const at = edited.indexOf("the treasurer");
    expect(check?.accepts(at, at + 33) ?? false).toBe(false);
  });

  it("refuses new text whose sentence differs (a lookalike sharing a clause)", () => {
    const edited = "Intro sentence here. Middle part stays. A spokesman for the port declined to comment on the deficit. End.";
    const check = checkFor(OLD, edited, "declined to comment on the deficit");
    const at = edited.indexOf("declined to comment");
    expect(check?.accepts(at, at + 34) ?? false).toBe(false);
  });

  it("is null when the span was not wholly removed", () => {
    const edited = OLD.replace("declined to comment", "refused to comment");
    expect(checkFor(OLD, edited, "The treasurer of the city declined")).toBeNull();
  });

  it("lets a whole removed sentence stand alone only when it is long and was not repeated", () => {
    const old = "Intro. The treasurer declined to comment. End.";
    const moved = "Intro. End. The treasurer declined to comment.";
    const sentence = "The treasurer declined to comment.";
    expect(checkFor(old, moved, sentence)).not.toBeNull();
    expect(checkFor(old, moved, sentence, true)).toBeNull();
    expect(checkFor("Intro. Short one. End.", "Intro. End. Short one.", "Short one.")).toBeNull();
  });
});
