import { normaliseClaim, tokenise } from "./normalise-claim";

/** Small numbers as English words, so "10%" also looks for claims that wrote "ten percent". */
const NUMBER_NAMES: Record<number, string> = {
  1: "one",
  2: "two",
  3: "three",
  4: "four",
  5: "five",
  6: "six",
  7: "seven",
  8: "eight",
  9: "nine",
  10: "ten",
  11: "eleven",
  12: "twelve",
  15: "fifteen",
  20: "twenty",
  25: "twenty-five",
  30: "thirty",
  40: "forty",
  50: "fifty",
  100: "hundred",
};

/**
 * The words to look for when gathering candidate claims for a text: its own words, their
 * normalised forms, and each figure as digits, as a word, and in millions/billions ("2 million"
 * for 2000000). Any one of them is enough to be a candidate; the scorer decides. Pure.
 */
export function candidateTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenise(text)) if (/[\p{L}\p{N}]/u.test(token) && token.length > 2) terms.add(token);
  const { words, figures } = normaliseClaim(text);
  for (const word of words) terms.add(word);
  for (const figure of figures) {
    const [digits, unit] = figure.split(" ");
    const value = Number(digits);
    terms.add(digits);
    if (unit) terms.add(unit);
    if (NUMBER_NAMES[value]) terms.add(NUMBER_NAMES[value].split("-")[0]);
    for (const [size, name] of [
      [1e9, "billion"],
      [1e6, "million"],
      [1e3, "thousand"],
    ] as const) {
      if (value >= size && value % (size / 10) === 0) {
        terms.add(String(value / size));
        terms.add(name);
        break;
      }
    }
  }
  return [...terms].slice(0, 60);
}

/** Terms as a to_tsquery OR-expression, each quoted (quotes doubled), so no input is syntax. */
export function orQuery(terms: readonly string[]): string {
  return terms.map((term) => `'${term.replaceAll("'", "''")}'`).join(" | ");
}
