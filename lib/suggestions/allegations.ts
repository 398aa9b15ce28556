import { nameInPhrase } from "./attribution";
import { leadingName } from "./names";

/**
 * Allegations: sentences that say someone is accused of something ("alleged", "accused",
 * "attributed to", "claimed without evidence", "charged with"), with who alleges and against whom
 * where the sentence says so. Pure.
 */

const ALLEGATION =
  /\b(?:alleg(?:e|es|ed|edly|ing|ation|ations)|accus(?:e|es|ed|ing|ation|ations)|attributed to|blamed|blames|blaming|without evidence|without providing evidence|charged with|indicted|suspected of|implicated in)\b/i;

/** Who alleges and against whom ("" where the sentence does not say). */
export type AllegationParties = { allegedBy: string; allegedAgainst: string };

/** Whether `sentence` reports an allegation. */
export function isAllegation(sentence: string): boolean {
  return ALLEGATION.test(sentence);
}

/** A noun phrase's head: a capitalised name, else the phrase itself trimmed to a few words. */
function party(phrase: string | undefined): string {
  if (!phrase) return "";
  const cleaned = phrase
    .trim()
    .replace(/^(?:which|who|that)\s+/iu, "")
    .replace(/^(?:the|a|an|its|his|her|their)\s+/iu, "")
    .replace(/^(?:banned|former|local|rival|outlawed|so-called)\s+/iu, "")
    .replace(/[,;.].*$/u, "")
    .trim();
  if (cleaned === "") return "";
  const named = nameInPhrase(cleaned);
  if (named && named.includes(" ")) return named;
  const name = leadingName(cleaned);
  if (name && /\p{Lu}/u.test(cleaned[0])) return cleaned.split(/\s+/).length <= 6 ? cleaned.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/u, "") : name;
  return cleaned.split(/\s+/).slice(0, 5).join(" ");
}

const PHRASE = "([^,;.]{2,80}?)";
/** Each rule runs only when its cue word is in the sentence (the patterns backtrack over long sentences). */
/** Passive forms first: "X is accused by Y of" must not read as "X accused Y of". */
const RULES: { cue: RegExp; pattern: RegExp; by?: number; against?: number }[] = [
  { cue: /accused/i, pattern: new RegExp(`${PHRASE}\\s+(?:is|was|were|are|has been|have been|had been|stands|stand)\\s+(?:also\\s+)?accused\\s+(?:by\\s+${PHRASE}\\s+)?of`, "iu"), against: 1, by: 2 },
  { cue: /accused/i, pattern: new RegExp(`${PHRASE}\\s+(?:has |have |had )?accused\\s+${PHRASE}\\s+of`, "iu"), by: 1, against: 2 },
  {
    cue: /charged with|indicted|suspected of|blamed/i,
    pattern: new RegExp(`${PHRASE}\\s+(?:is|was|were|are|has been|have been)\\s+(?:charged with|indicted|suspected of|blamed)(?:.*?\\bby\\s+${PHRASE}(?:[,.;]|$))?`, "iu"),
    against: 1,
    by: 2,
  },
  { cue: /attributed to/i, pattern: new RegExp(`attributed to\\s+${PHRASE}(?:[,;.(]|\\s+(?:which|who|that)\\b|$)`, "iu"), against: 1 },
  { cue: /allege|claim|say|said/i, pattern: new RegExp(`(?:which|who|that|,)\\s+${PHRASE}\\s+(?:allege|alleges|alleged|claim|claims|claimed|say|says|said)\\b`, "iu"), by: 1 },
  {
    cue: /allege|claim/i,
    pattern: new RegExp(`${PHRASE}\\s+(?:allege|alleges|alleged|claimed|claims)\\s+(?:that\\s+)?${PHRASE}\\s+(?:had|has|was|were|is|are|did|stole|took|paid|ran|operates|[\\p{Ll}]+ed)\\b`, "iu"),
    by: 1,
    against: 2,
  },
  { cue: /blame/i, pattern: new RegExp(`${PHRASE}\\s+(?:blamed|blames)\\s+${PHRASE}\\s+for`, "iu"), by: 1, against: 2 },
  { cue: /allegedly|reportedly/i, pattern: new RegExp(`${PHRASE}\\s+(?:allegedly|reportedly)\\b`, "iu"), against: 1 },
  { cue: /according to/i, pattern: /according to\s+([^,;.]{2,80})/iu, by: 1 },
  { cue: /accus/i, pattern: /(?:accused|accusing)\s+([^,;.]{2,80}?)\s+of/iu, against: 1 },
  { cue: /accusation|allegation/i, pattern: /(?:accusation|allegations?)\s+(?:by|from)\s+([^,;.]{2,80}?)\s+(?:that|against)/iu, by: 1 },
  { cue: /accusation|allegation/i, pattern: /(?:accusation|allegations?)\s+against\s+([^,;.]{2,80}?)(?:\s+(?:by|from|that|of)\b|[,;.]|$)/iu, against: 1 },
];

function clauseTail(phrase: string): string {
  // Keep the last clause of a subject: "On Monday the prosecutor" → "the prosecutor".
  const parts = phrase.split(/\s+(?:and|but|while|after|when|because|as)\s+/u);
  return parts[parts.length - 1].replace(/^(?:on|in|at|last)\s+\p{Lu}?\p{L}+\s+/u, "");
}

/** The parties of the allegation in `sentence`, as far as it names them. */
export function allegationParties(sentence: string): AllegationParties {
  const result: AllegationParties = { allegedBy: "", allegedAgainst: "" };
  for (const rule of RULES) {
    if (!rule.cue.test(sentence)) continue;
    const match = rule.pattern.exec(sentence);
    if (!match) continue;
    if (rule.by && !result.allegedBy && match[rule.by]) result.allegedBy = party(clauseTail(match[rule.by]));
    if (rule.against && !result.allegedAgainst && match[rule.against]) result.allegedAgainst = party(clauseTail(match[rule.against]));
    if (result.allegedBy && result.allegedAgainst) break;
  }
  return result;
}
