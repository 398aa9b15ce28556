import { describe, expect, it } from "vitest";
import { bodyMentions, commentSegments, insertMention, mentionQueryAt, resolveMentions } from "./mentions";

const ann = { id: "u-ann", name: "Ann Lee" };
const anna = { id: "u-anna", name: "Anna" };

describe("bodyMentions", () => {
  it("finds @Name followed by a space, punctuation or the end", () => {
    expect(bodyMentions("Thanks @Ann Lee, see above", "Ann Lee")).toBe(true);
    expect(bodyMentions("ask @Anna", "Anna")).toBe(true);
    expect(bodyMentions("@Anna: look", "Anna")).toBe(true);
  });

  it("does not take a longer word for the name, nor the name without @", () => {
    expect(bodyMentions("ask @Annabel", "Anna")).toBe(false);
    expect(bodyMentions("ask Anna", "Anna")).toBe(false);
    expect(bodyMentions("ask @", "")).toBe(false);
  });
});

describe("resolveMentions", () => {
  it("keeps the requested members named in the body, with the name as label", () => {
    expect(resolveMentions("@Ann Lee and @Anna agree", ["u-ann", "u-anna"], [ann, anna])).toEqual({
      mentions: [
        { userId: "u-ann", label: "Ann Lee" },
        { userId: "u-anna", label: "Anna" },
      ],
      unknown: [],
    });
  });

  it("reports ids not written in the body, or not desk members", () => {
    expect(resolveMentions("@Anna agrees", ["u-ann", "u-anna", "u-ghost"], [ann, anna])).toEqual({ mentions: [{ userId: "u-anna", label: "Anna" }], unknown: ["u-ann", "u-ghost"] });
  });

  it("counts a repeated id once", () => {
    expect(resolveMentions("@Anna", ["u-anna", "u-anna"], [anna]).mentions).toHaveLength(1);
  });
});

describe("commentSegments", () => {
  it("splits text and mention chips, by the label written, showing the current name", () => {
    expect(commentSegments("Hi @Ann Lee, ok?", [{ userId: "u-ann", label: "Ann Lee", name: "Ann Lee-Smith" }])).toEqual([
      { text: "Hi " },
      { text: "@Ann Lee", mention: { userId: "u-ann", name: "Ann Lee-Smith" } },
      { text: ", ok?" },
    ]);
  });

  it("prefers the longest label and leaves unknown @words as text", () => {
    const mentions = [
      { userId: "u-anna", label: "Anna", name: "Anna" },
      { userId: "u-annab", label: "Anna Bell", name: "Anna Bell" },
    ];
    expect(commentSegments("@Anna Bell and @Bob", mentions)).toEqual([{ text: "@Anna Bell", mention: { userId: "u-annab", name: "Anna Bell" } }, { text: " and @Bob" }]);
  });

  it("returns the whole body as text without mentions", () => {
    expect(commentSegments("plain", [])).toEqual([{ text: "plain" }]);
  });
});

describe("mentionQueryAt", () => {
  it("finds the @word being typed at the caret", () => {
    expect(mentionQueryAt("Hi @Ra", 6)).toEqual({ start: 3, query: "Ra" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("see @Ann Le", 11)).toEqual({ start: 4, query: "Ann Le" });
  });

  it("ignores e-mail addresses, finished lines and a space right after @", () => {
    expect(mentionQueryAt("mail a@b", 8)).toBeNull();
    expect(mentionQueryAt("@Ann\nnext", 9)).toBeNull();
    expect(mentionQueryAt("@ x", 3)).toBeNull();
    expect(mentionQueryAt("no mention", 10)).toBeNull();
  });
});

describe("insertMention", () => {
  it("replaces the typed query with @Name and a space, caret after it", () => {
    expect(insertMention("Hi @Ra, ok", 3, 6, "Rafa Diaz")).toEqual({ text: "Hi @Rafa Diaz , ok", caret: 14 });
  });
});
