import { TITLE_WORDS, cleanName, isPronoun, leadingName } from "./names";

/**
 * Who said it: the attribution around a quote or a claim — "X said", "said X", "X, the …, said",
 * "according to X", a reporting clause before a colon — as a raw reference (a name, a pronoun or a
 * role such as "police spokesman") for the caller to resolve. Pure.
 */

/** Reporting verbs, in the forms newsrooms use. */
export const REPORTING_VERBS =
  "said|says|say|saying|told|tells|telling|added|adds|adding|stated|states|stating|wrote|writes|writing|tweeted|posted|explained|explains|asked|asks|replied|replies|answered|insisted|insists|argued|argues|noted|notes|warned|warns|claimed|claims|declared|declares|announced|announces|remarked|recalled|recalls|continued|conceded|admitted|admits|acknowledged|emphasised|emphasized|stressed|stresses|urged|urges|pledged|vowed|promised|suggested|suggests|confirmed|confirms|denied|denies|responded|commented|observed|maintained|maintains|testified|shouted|complained|concluded|reiterated|countered|told reporters|said in a statement|wrote on X|posted on X|posted on social media";

/** Verbs that frame a partial quote as someone's characterisation ("called the deal “historic”"). */
const FRAMING_VERBS = "called|calling|described|describing|dubbed|labelled|labeled|branded|accused|accusing|criticised|criticized|condemned|hailed|praised|dismissed";

const VERB = new RegExp(`(?<![\\p{L}])(?:${REPORTING_VERBS})(?![\\p{L}])`, "u");
const LEAD_VERB_GLOBAL = new RegExp(`(?<![\\p{L}])(?:${REPORTING_VERBS}|${FRAMING_VERBS})(?![\\p{L}])`, "gu");

const ROLE_NOUNS =
  "spokesman|spokeswoman|spokesperson|spokespeople|official|officials|minister|ministry|police|judge|prosecutor|prosecutors|lawyer|lawyers|attorney|statement|witness|witnesses|resident|residents|source|sources|officer|officers|chief|president|executive|analyst|analysts|expert|experts|doctor|teacher|group|government|company|department|agency|court|commission|council|office|team|board|union|party|campaign|army|military|embassy|authorities|mother|father|owner|manager|director|researcher|researchers|economist|economists|leader|leaders|coach|player|student|farmer|defendant|plaintiff|victim|survivor";
const DESCRIPTOR = new RegExp(
  `^(?:the|a|an|one|another)\\s+((?:[\\p{L}'’\\-]+\\s+){0,5}?(?:${ROLE_NOUNS}))(?![\\p{L}'’])((?:\\s+(?:for|of|at|from|in)\\s+(?:the\\s+)?[\\p{Ll}'’\\-]+(?:\\s+[\\p{Ll}'’\\-]+){0,2})?)`,
  "iu",
);

/** A reference to whoever is speaking, before resolution. */
export type SpeakerReference = { kind: "name" | "pronoun" | "role"; text: string };

const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'’.-]*[,.]?$/u;

/** A name that ends a short noun phrase: "Local councillor Demelza Rowe" → "Demelza Rowe". */
function trailingName(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/);
  if (words.length > 9) return null;
  let k = words.length;
  while (k > 0 && (CAPITALISED.test(words[k - 1]) || (k < words.length && PARTICLE.test(words[k - 1])))) k--;
  if (k === words.length || k === 0) return null;
  if (!TITLE_WORDS.has(words[k - 1].toLowerCase())) return null;
  return cleanName(words.slice(k).join(" "));
}

const PARTICLE = /^(?:bin|ibn|al|ur|ul|de|da|van|von|der|del|la|le)$/u;

/** Whether `part` is nothing but a name ("Patricia Okoye", "Luc Ferrand."). */
function wholeName(part: string): string | null {
  const words = part.trim().split(/\s+/);
  if (words.length === 0 || words.length > 6) return null;
  if (!words.every((w, k) => CAPITALISED.test(w) || (k > 0 && k < words.length - 1 && PARTICLE.test(w)))) return null;
  return cleanName(part.trim());
}

function referenceInPart(part: string): SpeakerReference | null {
  const text = part.trim();
  if (text === "") return null;
  const first = text.split(/[\s,]+/)[0];
  if (isPronoun(first)) return { kind: "pronoun", text: first };
  const trailing = trailingName(text);
  if (trailing) return { kind: "name", text: trailing };
  const descriptor = DESCRIPTOR.exec(text);
  if (descriptor) return { kind: "role", text: `${descriptor[1]}${descriptor[2] ?? ""}`.trim() };
  const name = leadingName(text);
  return name ? { kind: "name", text: name } : null;
}

/** The name a noun phrase ends with or consists of ("Opposition leader Tariq Mehmood" → "Tariq Mehmood"), or null. */
export function nameInPhrase(phrase: string): string | null {
  return trailingName(phrase) ?? wholeName(phrase);
}

/** The speaker a noun phrase names: a pronoun, a name (an apposed name wins over a role), or a role ("police spokesman"). */
export function referenceIn(phrase: string): SpeakerReference | null {
  const parts = phrase
    .replace(/^[,;:\s]+/, "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  for (let k = parts.length - 1; k >= 0; k--) {
    const name = wholeName(parts[k]);
    if (name) return { kind: "name", text: name };
  }
  // The clause nearest the verb speaks ("Exports rose 12%, the ministry said").
  for (let k = parts.length - 1; k >= 0; k--) {
    const reference = referenceInPart(parts[k]);
    if (reference) return reference;
  }
  return null;
}

/** The speaker named in the text that follows a quote ("”, said X." / "”, X said." / "”, according to X."). */
export function attributionAfter(tail: string): SpeakerReference | null {
  const text = tail.slice(0, 200).replace(/^[\s,;:—–-]+/u, "");
  const according = /^according to\s+(.+)/iu.exec(text);
  if (according) return referenceIn(according[1]);
  const verb = VERB.exec(text);
  if (!verb || verb.index > 140) return null;
  if (verb.index === 0) return referenceIn(text.slice(verb[0].length).replace(/^\s+(?:that\s+)?/u, ""));
  const subject = text.slice(0, verb.index).replace(/\s+(?:has|had|have|later|also|then|once|had previously|previously)\s*$/u, "");
  if (/[.!?]/.test(subject)) return null;
  return referenceIn(subject);
}

/** The speaker named in the clause that introduces a quote ("X said:", "According to X, “…"). */
export function attributionBefore(lead: string): SpeakerReference | null {
  const text = lead.slice(-300);
  const according = /according to\s+([^,:]+)[,:]?\s*$/iu.exec(text);
  if (according) return referenceIn(according[1]);
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(LEAD_VERB_GLOBAL)) last = match as RegExpExecArray;
  if (!last) return /:\s*$/.test(text) ? referenceIn(text.replace(/:\s*$/, "")) : null;
  const before = text.slice(0, last.index).replace(/\s+(?:has|had|have|later|also|then|once|previously|would|will|had previously)\s*$/u, "");
  const clauseStart = Math.max(before.lastIndexOf(";"), before.lastIndexOf("—"), before.lastIndexOf(":"));
  // "Aejaz's reaction on X echoed a sentiment of camaraderie, stating, “…”": the sentence's subject speaks.
  return referenceIn(before.slice(clauseStart + 1));
}
