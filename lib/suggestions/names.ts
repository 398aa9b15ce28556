/**
 * Name heuristics for speakers and parties: capitalised sequences (with particles such as "bin",
 * "ur", "de"), titles stripped ("Ambassador", "Dr."), possessives dropped, and short references
 * ("Aejaz", "Mr Khan") resolved to the full name given earlier in the article. Pure.
 */

/** Words that are a title or role, not part of a person's name. */
export const TITLE_WORDS = new Set(
  (
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady president vice prime minister ministers ambassador senator sen. " +
    "judge justice general gen. colonel col. captain capt. major lieutenant lt. sergeant sgt. chief inspector superintendent detective " +
    "governor gov. mayor secretary spokesman spokeswoman spokesperson deputy federal foreign interior defence defense finance " +
    "special representative envoy chairman chairwoman chair director commissioner officer king queen prince princess sheikh " +
    "pope bishop rev. reverend imam rabbi coach professor dean counsel attorney lawyer prosecutor senior junior acting former " +
    "state health education home opposition leader mp mla speaker premier chancellor councillor councilor auditor " +
    "manager striker midfielder defender goalkeeper player patient resident commuter nurse doctor teacher farmer student witness " +
    "victim neighbour neighbor analyst economist activist campaigner volunteer driver shopkeeper owner founder ceo chief executive"
  ).split(" "),
);

const PARTICLES = new Set("bin bint ibn al el ur ul ud de da di del della van von der den le la du dos das y e".split(" "));
const PRONOUNS = new Set(["he", "she", "they", "him", "her", "them", "we", "i"]);

/** Words that start sentences or name places and months, never a speaker on their own. */
const NOT_NAMES = new Set(
  (
    "the a an in on at for but and or so yet if when while after before as this that these those it its there here then " +
    "however meanwhile earlier later still also asked speaking according monday tuesday wednesday thursday friday saturday sunday " +
    "january february march april may june july august september october november december mr mrs ms dr"
  ).split(" "),
);

const TOKEN = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;

/** A name with its title stripped, or null when nothing name-like remains. */
export function cleanName(raw: string): string | null {
  let words = raw
    .replace(/[’']s$/u, "")
    .replace(/\s*\([^)]*\)\s*$/u, "")
    .replace(/,?\s+(?:KC|QC|MP|MPA|MNA|Jr\.?|Sr\.?|PhD|OBE|MBE)$/u, "")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  words = words.map((w, i) => (i === words.length - 1 ? w.replace(/[’']s?$/u, "").replace(/[.,;:]+$/u, "") : w));
  // "Pakistan's Ambassador": what follows a possessive is a role or a name, never the possessor.
  let possessive = -1;
  words.forEach((w, k) => {
    if (k < words.length - 1 && /[’']s$/u.test(w)) possessive = k;
  });
  if (possessive >= 0) words = words.slice(possessive + 1);
  // "Pakistani Ambassador Aejaz", "Minister for Defence Khawaja Asif": the name follows the last title word.
  let lastTitle = -1;
  words.forEach((w, k) => {
    if (k < words.length - 1 && TITLE_WORDS.has(w.toLowerCase())) lastTitle = k;
  });
  if (lastTitle >= 0) words = words.slice(lastTitle + 1);
  while (words.length > 1 && NOT_NAMES.has(words[0].toLowerCase())) words.shift();
  while (words.length > 1 && PARTICLES.has(words[0].toLowerCase())) words.shift();
  if (words.length === 0) return null;
  if (words.length > 1 && TITLE_WORDS.has(words[words.length - 1].toLowerCase()) && TITLE_WORDS.has(words[words.length - 2].toLowerCase())) return null;
  if (words.length === 1 && (TITLE_WORDS.has(words[0].toLowerCase()) || NOT_NAMES.has(words[0].toLowerCase()))) return null;
  return words.join(" ");
}

/**
 * The capitalised name starting at the beginning of `fragment` ("Muhammad Aejaz, the ambassador" →
 * "Muhammad Aejaz"), or null. Lowercase particles may join two capitalised words.
 */
export function leadingName(fragment: string): string | null {
  const words = fragment.trim().split(/\s+/);
  const taken: string[] = [];
  for (let k = 0; k < words.length && taken.length < 7; k++) {
    const word = words[k].replace(/[,;:.!?)”"»]+$/u, "");
    const ended = word !== words[k] && !/^(?:\p{L}\.)+$/u.test(words[k]);
    if (TOKEN.test(word) || (taken.length > 0 && PARTICLES.has(word.toLowerCase()) && k + 1 < words.length && TOKEN.test(words[k + 1]))) {
      taken.push(word);
      if (ended) break;
      continue;
    }
    break;
  }
  while (taken.length > 0 && PARTICLES.has(taken[taken.length - 1].toLowerCase())) taken.pop();
  if (taken.length === 0) return null;
  return cleanName(taken.join(" "));
}

/** Whether `word` is a personal pronoun that refers back to a speaker. */
export function isPronoun(word: string): boolean {
  return PRONOUNS.has(word.toLowerCase());
}

const ORGANISATION_WORDS = new Set(
  (
    "office ministry department bank court council party commission agency hospital statistics homes university group union association " +
    "board authority police service services government assembly parliament senate committee company corporation fund institute " +
    "organisation organization league club school college trust foundation conference summit street road house news times post"
  ).split(" "),
);

/** Whether a full name looks like a person's rather than an organisation's or a place's. */
export function looksLikePerson(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && !words.some((w) => ORGANISATION_WORDS.has(w));
}

/**
 * Names seen so far in an article, in reading order: full names (two words or more) to resolve
 * later short references, and the person mentioned last, for pronouns.
 */
export class NameRegistry {
  readonly #full: string[] = [];
  #first = "";
  #lastPerson = "";
  #lastPersonAt = -1;
  /** cleanName of each capitalised sequence met, for articles that repeat their names. */
  readonly #cleaned = new Map<string, string | null>();

  /** The first full name of the article (an interview's subject, usually). */
  get first(): string {
    return this.#first;
  }

  /** The person mentioned last and where (an index into the article), for "he" and "she". */
  get lastPerson(): { name: string; at: number } {
    return { name: this.#lastPerson, at: this.#lastPersonAt };
  }

  /** Remembers every capitalised name in `text`, which starts at index `offset` of the article. */
  learnFrom(text: string, offset = 0): void {
    const re = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:bin|ibn|al|ur|ul|de|da|van|von|der|del|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’-]*)*/gu;
    for (const match of text.matchAll(re)) {
      let name = this.#cleaned.get(match[0]);
      if (name === undefined) {
        name = cleanName(match[0]);
        this.#cleaned.set(match[0], name);
      }
      if (!name) continue;
      if (name.includes(" ")) {
        this.remember(name);
        if (looksLikePerson(name)) this.#mention(name, offset + match.index);
        continue;
      }
      const resolved = this.resolve(name);
      if (resolved.includes(" ") && looksLikePerson(resolved)) this.#mention(resolved, offset + match.index);
    }
  }

  #mention(name: string, at: number): void {
    this.#lastPerson = name;
    this.#lastPersonAt = at;
  }

  /** Remembers one full name (most recent last). */
  remember(name: string): void {
    if (!this.#first && looksLikePerson(name)) this.#first = name;
    const at = this.#full.indexOf(name);
    if (at >= 0) this.#full.splice(at, 1);
    this.#full.push(name);
  }

  /** The full name a short reference stands for ("Aejaz" → "Muhammad Aejaz"), or the reference itself. */
  resolve(name: string): string {
    const cleaned = cleanName(name) ?? name;
    if (cleaned.includes(" ")) return cleaned;
    const key = cleaned.toLowerCase();
    for (let k = this.#full.length - 1; k >= 0; k--) {
      const words = this.#full[k].toLowerCase().split(/\s+/);
      if (words[words.length - 1] === key || words[0] === key) return this.#full[k];
    }
    return cleaned;
  }
}
