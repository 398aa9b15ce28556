import { fractionWordValue, MULTIPLIERS, readNumberWords } from "./number-words";

/**
 * Normalisation of a claim's wording for matching rewordings: lowercase, Urdu and Arabic-Indic
 * digits as ASCII, numbers written as words as values ("ten" → 10, "two million" → 2000000,
 * "2bn" → 2000000000), units and their variants as one name ("per cent", "%" → percent;
 * "tons", "t" → tonne), stop words dropped, English inflections folded ("increased" →
 * "increase") and a few verbs of change grouped ("rose", "climbed" → rise). Pure.
 */

/** A claim's wording, normalised: content words and figures (a value with its unit, if any). */
export type NormalisedClaim = { words: string[]; figures: string[] };

const DIGITS: Record<string, string> = Object.fromEntries([..."۰۱۲۳۴۵۶۷۸۹"].map((d, i) => [d, String(i)]).concat([..."٠١٢٣٤٥٦٧٨٩"].map((d, i) => [d, String(i)])));

/** Unit names by variant; a figure followed by one carries it ("10 percent"). */
const UNITS: Record<string, string> = {
  "%": "percent",
  percent: "percent",
  pc: "percent",
  percentage: "percent",
  فیصد: "percent",
  "٪": "percent",
  tonne: "tonne",
  tonnes: "tonne",
  ton: "tonne",
  tons: "tonne",
  t: "tonne",
  mt: "tonne",
  ٹن: "tonne",
  kg: "kg",
  kilogram: "kg",
  kilograms: "kg",
  kilo: "kg",
  kilos: "kg",
  کلو: "kg",
  km: "km",
  kilometre: "km",
  kilometres: "km",
  kilometer: "km",
  kilometers: "km",
  کلومیٹر: "km",
  $: "usd",
  usd: "usd",
  dollar: "usd",
  dollars: "usd",
  ڈالر: "usd",
  rs: "pkr",
  rupee: "pkr",
  rupees: "pkr",
  pkr: "pkr",
  روپے: "pkr",
  روپیہ: "pkr",
  "£": "gbp",
  gbp: "gbp",
  pound: "gbp",
  pounds: "gbp",
  "€": "eur",
  eur: "eur",
  euro: "eur",
  euros: "eur",
  year: "year",
  years: "year",
  yr: "year",
  سال: "year",
  day: "day",
  days: "day",
  دن: "day",
  people: "people",
  persons: "people",
  افراد: "people",
  لوگ: "people",
};

/** Words that carry no claim: English and Urdu function words. */
const STOP_WORDS = new Set(
  (
    "a an the of to in on at by for from with and or but as is are was were be been being has have had do does did it its this that these those " +
    "there their they them he she his her we our you your i not no than then so such very also just about into over under more most " +
    "only just whole entire every each all among which who whom what when where while per cent said says say according last next since until " +
    "کا کی کے ہے ہیں تھا تھی تھے نے کہ میں سے کو اور یہ وہ پر بھی گیا گئی گئے ہو ہوا ہوئی ہوئے رہا رہی کر کیا کہا ان اس"
  ).split(" "),
);

/** Verbs and nouns of change, grouped (after suffixes are folded). */
const SYNONYMS: Record<string, string> = {
  rose: "rise",
  risen: "rise",
  increas: "rise",
  ris: "rise",
  grow: "rise",
  grew: "rise",
  grown: "rise",
  climb: "rise",
  jump: "rise",
  soar: "rise",
  surg: "rise",
  up: "rise",
  higher: "rise",
  growth: "rise",
  اضافہ: "rise",
  بڑھ: "rise",
  fell: "fall",
  fallen: "fall",
  decreas: "fall",
  declin: "fall",
  drop: "fall",
  plung: "fall",
  slump: "fall",
  lower: "fall",
  کمی: "fall",
  کم: "fall",
  tripl: "triple",
  doubl: "double",
  halv: "half",
  female: "women",
  woman: "women",
  male: "men",
  man: "men",
  kilo: "kg",
  govt: "government",
  gov: "government",
  حکومت: "government",
};

/** Folds common English inflections: "increased", "increases", "increasing" → "increas"; "dropped" → "drop". */
export function foldEnglish(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 4) return word;
  let stem = word;
  for (const suffix of ["ingly", "ings", "ing", "edly", "ied", "ies", "ed", "es", "s", "ly"]) {
    // "-es" only after a sibilant (taxes, churches); "trees" loses just the "s".
    if (suffix === "es" && !/(s|x|z|ch|sh)es$/.test(stem)) continue;
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      stem = stem.slice(0, -suffix.length) + (suffix === "ied" || suffix === "ies" ? "y" : "");
      break;
    }
  }
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ss|ll)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.endsWith("e") && stem.length > 4) stem = stem.slice(0, -1);
  return stem;
}

/** Splits text into word, number and symbol tokens (digit groups joined, "2m" and "10%" split). */
export function tokenise(text: string): string[] {
  const ascii = [...text.normalize("NFKC").toLowerCase()].map((c) => DIGITS[c] ?? c).join("");
  const joined = ascii.replace(/(\d)[,،](?=\d{3}\b)/g, "$1").replace(/(\d)٫(\d)/g, "$1.$2");
  return joined.match(/\d+(?:\.\d+)?|[\p{L}\p{M}]+|[%٪$£€]/gu) ?? [];
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

/** Reads a figure at `tokens[i]`: digits or number words, an optional multiplier; null if none. A fraction word is a percentage. */
function readFigure(tokens: readonly string[], i: number): { value: number; used: number; unit?: string } | null {
  const token = tokens[i];
  let value: number;
  let used: number;
  if (/^\d/.test(token)) {
    value = Number(token);
    used = 1;
  } else {
    const words = readNumberWords(tokens, i);
    const fraction = fractionWordValue(token);
    if (words) ({ value, used } = words);
    else if (fraction !== null) return { value: fraction * 100, used: 1, unit: "percent" };
    else return null;
  }
  const multiplier = MULTIPLIERS[tokens[i + used]];
  if (multiplier !== undefined) {
    value *= multiplier;
    used++;
  }
  return { value, used };
}

/** Reads a unit after a figure ("per cent" is two tokens); returns its name and length. */
function readUnit(tokens: readonly string[], i: number): { unit: string; used: number } | null {
  if (tokens[i] === "per" && tokens[i + 1] === "cent") return { unit: "percent", used: 2 };
  if (tokens[i] === "percentage" && tokens[i + 1] === "points") return { unit: "percent", used: 2 };
  const unit = UNITS[tokens[i]];
  return unit ? { unit, used: 1 } : null;
}

/** Normalises a claim's wording into content words and figures (see the module's description). */
export function normaliseClaim(text: string): NormalisedClaim {
  const tokens = tokenise(text);
  const words: string[] = [];
  const figures: string[] = [];
  for (let i = 0; i < tokens.length;) {
    // A currency sign before the figure: "$2bn".
    const before = ["$", "£", "€"].includes(tokens[i]) ? UNITS[tokens[i]] : null;
    const figure = readFigure(tokens, before ? i + 1 : i);
    if (figure) {
      const end = (before ? i + 1 : i) + figure.used;
      const unit = readUnit(tokens, end);
      const name = before ?? figure.unit ?? unit?.unit ?? null;
      figures.push(name ? `${formatValue(figure.value)} ${name}` : formatValue(figure.value));
      i = end + (unit?.used ?? 0);
      continue;
    }
    const token = tokens[i++];
    if (STOP_WORDS.has(token) || /^[%٪$£€]$/.test(token)) continue;
    const folded = foldEnglish(token);
    const word = SYNONYMS[token] ?? SYNONYMS[folded] ?? UNITS[token] ?? folded;
    if (word.length > 1 || /\p{Script=Arabic}/u.test(word)) words.push(word);
  }
  return { words, figures };
}
