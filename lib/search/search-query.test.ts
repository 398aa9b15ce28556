import { describe, expect, it } from "vitest";
import { lastWordLiteral, MAX_SEARCH_QUERY_CHARS, parseSearchQuery, prefixPattern, prefixWord, wordsToLocate } from "./search-query";

const parsed = (raw: string) => {
  const result = parseSearchQuery(raw);
  if (!result.ok) throw new Error(result.message);
  return result.query;
};

describe("parseSearchQuery", () => {
  it("turns the last bare word into a prefix term", () => {
    expect(parsed("inflation ri")).toEqual({ web: "inflation", prefix: "'ri':*" });
  });

  it("makes a single word a prefix term alone", () => {
    expect(parsed("Inflat")).toEqual({ web: "", prefix: "'inflat':*" });
  });

  it("keeps a closed phrase whole, with no prefix", () => {
    expect(parsed('"cost of living"')).toEqual({ web: '"cost of living"', prefix: "" });
  });

  it("keeps a phrase and prefixes a word after it", () => {
    expect(parsed('"cost of living" cris')).toEqual({ web: '"cost of living"', prefix: "'cris':*" });
  });

  it("leaves an unclosed phrase to websearch", () => {
    expect(parsed('"cost of liv')).toEqual({ web: '"cost of liv', prefix: "" });
  });

  it("does not prefix an excluded word or a connective", () => {
    expect(parsed("tax -vat")).toEqual({ web: "tax -vat", prefix: "" });
    expect(parsed("tax or")).toEqual({ web: "tax or", prefix: "" });
  });

  it("ignores trailing punctuation of the last word", () => {
    expect(parsed("inflation rose,")).toEqual({ web: "inflation", prefix: "'rose':*" });
  });

  it("prefixes Urdu words, marks included", () => {
    expect(parsed("مہنگائی")).toEqual({ web: "", prefix: "'مہنگائی':*" });
    expect(parsed("دعویٰ")).toEqual({ web: "", prefix: "'دعویٰ':*" });
  });

  it("never lets a quote escape the prefix literal", () => {
    expect(parsed("o'neill")).toEqual({ web: "o'neill", prefix: "" });
  });

  it("collapses whitespace", () => {
    expect(parsed("  tax \n  cuts ")).toEqual({ web: "tax", prefix: "'cuts':*" });
  });

  it("refuses empty, oversized and wordless queries with a message", () => {
    expect(parseSearchQuery("   ")).toEqual({ ok: false, message: "Type something to search for." });
    expect(parseSearchQuery("a".repeat(MAX_SEARCH_QUERY_CHARS + 1)).ok).toBe(false);
    expect(parseSearchQuery("!!! ---")).toEqual({ ok: false, message: "The search has no words or numbers to look for." });
  });
});

describe("wordsToLocate", () => {
  it("lists the bare words, phrase words and the prefix, lowercased and once each", () => {
    expect(wordsToLocate(parsed('Wheat "cost of living" wheat expo'))).toEqual(["wheat", "cost", "of", "living", "expo"]);
  });

  it("leaves out excluded words and connectives", () => {
    expect(wordsToLocate(parsed("metro -railway"))).toEqual(["metro"]);
    expect(wordsToLocate(parsed("governor or mayor"))).toEqual(["governor", "mayor"]);
  });

  it("keeps Urdu words whole, marks included", () => {
    expect(wordsToLocate(parsed("بجلی دعویٰ"))).toEqual(["بجلی", "دعویٰ"]);
  });
});

describe("lastWordLiteral", () => {
  it("is the prefix word as a whole word, quotes kept doubled", () => {
    expect(lastWordLiteral(parsed("tax inflat"))).toBe("'inflat'");
    expect(lastWordLiteral({ web: "", prefix: "'o''neill':*" })).toBe("'o''neill'");
  });

  it("is empty without a prefix term", () => {
    expect(lastWordLiteral(parsed('"cost of living"'))).toBe("");
  });
});

describe("prefixPattern", () => {
  it("is the prefix word followed by %, for a LIKE over the search lexicon", () => {
    expect(prefixPattern(parsed("tax Inflat"))).toBe("inflat%");
    expect(prefixPattern(parsed("مہنگا"))).toBe("مہنگا%");
  });

  it("escapes what LIKE would read as wildcards, and unquotes the literal", () => {
    expect(prefixPattern({ web: "", prefix: "'50%_a\\b':*" })).toBe("50\\%\\_a\\\\b%");
    expect(prefixPattern({ web: "", prefix: "'o''neill':*" })).toBe("o'neill%");
  });

  it("is empty when the query has no prefix term", () => {
    expect(prefixPattern(parsed('"cost of living"'))).toBe("");
  });
});

describe("prefixWord", () => {
  it("is the prefix term's word as typed, lowercased", () => {
    expect(prefixWord(parsed("tax Inflat"))).toBe("inflat");
    expect(prefixWord({ web: "", prefix: "'o''neill':*" })).toBe("o'neill");
    expect(prefixWord(parsed("metro -railway"))).toBe("");
  });
});
