import { describe, expect, it } from "vitest";
import { lastWordLiteral, MAX_SEARCH_QUERY_CHARS, parseSearchQuery, prefixRange, prefixWord, requiredPhrases, wordsToLocate } from "./search-query";

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

  it("leaves the word after `or` to websearch, so either side may match", () => {
    expect(parsed("governor or mayor")).toEqual({ web: "governor or mayor", prefix: "" });
    expect(parsed("governor OR mayor")).toEqual({ web: "governor OR mayor", prefix: "" });
    expect(parsed("or mayor")).toEqual({ web: "or mayor", prefix: "" });
    expect(parsed("tax orange")).toEqual({ web: "tax", prefix: "'orange':*" });
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

describe("prefixRange", () => {
  it("runs from the prefix word to the word with its last character one higher", () => {
    expect(prefixRange(parsed("tax Inflat"))).toEqual({ from: "inflat", to: "inflau" });
    expect(prefixRange(parsed("مہنگا"))).toEqual({ from: "مہنگا", to: "مہنگب" });
    expect(prefixRange({ web: "", prefix: "'o''neill':*" })).toEqual({ from: "o'neill", to: "o'neilm" });
  });

  it("holds exactly the strings the word begins, byte by byte", () => {
    const range = prefixRange(parsed("abz"))!;
    const inside = (s: string) => Buffer.compare(Buffer.from(s), Buffer.from(range.from)) >= 0 && Buffer.compare(Buffer.from(s), Buffer.from(range.to)) < 0;
    expect(["abz", "abzz", "abz\u{10FFFF}x", "abzé"].every(inside)).toBe(true);
    expect(["aby", "ab{", "ac", "ab"].some(inside)).toBe(false);
  });

  it("steps over the surrogates, and has no end after the last code point", () => {
    expect(prefixRange({ web: "", prefix: "'a\u{D7FF}':*" })).toEqual({ from: "a\u{D7FF}", to: "a\u{E000}" });
    expect(prefixRange({ web: "", prefix: "'a\u{10FFFF}':*" })).toBeNull();
  });

  it("is null when the query has no prefix term", () => {
    expect(prefixRange(parsed('"cost of living"'))).toBeNull();
  });
});

describe("prefixWord", () => {
  it("is the prefix term's word as typed, lowercased", () => {
    expect(prefixWord(parsed("tax Inflat"))).toBe("inflat");
    expect(prefixWord({ web: "", prefix: "'o''neill':*" })).toBe("o'neill");
    expect(prefixWord(parsed("metro -railway"))).toBe("");
  });
});

describe("requiredPhrases", () => {
  it("lists the quoted phrases every match must hold", () => {
    expect(requiredPhrases(parsed('"electricity prices" "opposition leader" alleged'))).toEqual(["electricity prices", "opposition leader"]);
    expect(requiredPhrases(parsed('wheat "cost of living" cris'))).toEqual(["cost of living"]);
  });

  it("leaves out excluded phrases, and every phrase of a query with `or` (none is then required)", () => {
    expect(requiredPhrases(parsed('"cost of living" -"fuel prices" wheat'))).toEqual(["cost of living"]);
    expect(requiredPhrases(parsed('"cost of living" or inflation'))).toEqual([]);
    expect(requiredPhrases(parsed('"cost of living" OR "fuel prices"'))).toEqual([]);
  });

  it("leaves out what websearch might read otherwise: an unclosed quote, quotes inside a word", () => {
    expect(requiredPhrases(parsed('"cost of liv'))).toEqual([]);
    expect(requiredPhrases(parsed('wheat"cost of living" x'))).toEqual([]);
    expect(requiredPhrases(parsed('"cost of living"x wheat'))).toEqual([]);
  });
});
