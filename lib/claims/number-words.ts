/**
 * Numbers written as words, in English and Urdu, read as values: "two million" → 2000000,
 * "twenty-five" → 25, "ten" → 10, "دس" → 10, "دو ارب" → 2000000000. Pure.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  // Urdu
  ایک: 1,
  دو: 2,
  تین: 3,
  چار: 4,
  پانچ: 5,
  چھ: 6,
  سات: 7,
  آٹھ: 8,
  نو: 9,
  دس: 10,
  بیس: 20,
  تیس: 30,
  چالیس: 40,
  پچاس: 50,
};

/** Words that multiply what comes before them ("two million"); also after digits ("2 million", "2m"). */
export const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  k: 1_000,
  million: 1_000_000,
  m: 1_000_000,
  mn: 1_000_000,
  mln: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  b: 1_000_000_000,
  trillion: 1_000_000_000_000,
  tn: 1_000_000_000_000,
  lakh: 100_000,
  lakhs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
  ہزار: 1_000,
  لاکھ: 100_000,
  ملین: 1_000_000,
  کروڑ: 10_000_000,
  ارب: 1_000_000_000,
  کھرب: 100_000_000_000,
};

/** Fractions written as words. */
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25, third: 1 / 3, آدھا: 0.5 };

/** The value of one number word (not a multiplier), or null. */
export function numberWordValue(word: string): number | null {
  return UNITS[word] ?? null;
}

/** The value of a fraction word ("half"), or null. */
export function fractionWordValue(word: string): number | null {
  return FRACTIONS[word] ?? null;
}

/**
 * Reads a run of number words starting at `tokens[at]` ("two hundred and five thousand"):
 * its value and how many tokens it used, or null when `tokens[at]` is not a number word.
 */
export function readNumberWords(tokens: readonly string[], at: number): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let any = false;
  for (let i = at; i < tokens.length; i++) {
    const word = tokens[i];
    const unit = UNITS[word];
    if (unit !== undefined && unit !== 100) {
      current += unit;
      any = true;
      used = i - at + 1;
    } else if (word === "hundred" || word === "سو") {
      current = (current || 1) * 100;
      any = true;
      used = i - at + 1;
    } else if (any && MULTIPLIERS[word] !== undefined && MULTIPLIERS[word] >= 1_000 && word.length > 2) {
      total += (current || 1) * MULTIPLIERS[word];
      current = 0;
      used = i - at + 1;
    } else if (any && word === "and" && UNITS[tokens[i + 1]] !== undefined) {
      continue;
    } else break;
  }
  return any ? { value: total + current, used } : null;
}
