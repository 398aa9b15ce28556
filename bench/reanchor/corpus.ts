/**
 * Deterministic news-style article for the re-anchoring benchmark: paragraphs of varied sentences
 * built from a phrase bank, with stock phrases that repeat ("according to officials", "the ministry
 * said") and a few emoji and Urdu words.
 */

/** Stock phrases that occur many times in the article (annotations on them have twins). */
export const REPEATED_PHRASES = ["according to officials", "the ministry said", "in a statement on Tuesday", "the prime minister", "Reuters reported", "the opposition leader"];

const SUBJECTS = [
  "The prime minister",
  "The finance ministry",
  "Opposition leaders",
  "A senior official",
  "The provincial government",
  "Police in Karachi",
  "The central bank",
  "Local residents",
  "The election commission",
  "Health officials",
  "The foreign office",
  "Independent analysts",
  "The chief justice",
  "Farmers in Punjab",
  "The army spokesman",
  "A government spokesperson",
  "Business groups in Lahore",
  "The World Bank",
  "Teachers' unions",
  "Doctors at the main hospital",
  "The opposition leader",
  "Rescue workers",
  "The energy regulator",
  "Traders in Peshawar",
  "The interior minister",
  "Human rights groups",
  "The planning commission",
  "Students in Quetta",
  "The national airline",
  "Diplomats in Doha",
  "The railways minister",
  "Flood victims in Sindh",
  "The tax authority",
  "Lawyers in Multan",
  "The Senate committee",
  "Shopkeepers in Rawalpindi",
  "The water authority",
  "Journalists' unions",
  "The auditor general",
  "Exporters in Sialkot",
];
const VERBS = [
  "said",
  "announced",
  "denied",
  "confirmed",
  "warned",
  "claimed",
  "rejected",
  "approved",
  "criticised",
  "promised",
  "reported",
  "estimated",
  "argued",
  "acknowledged",
  "insisted",
  "suggested",
  "disputed",
  "revealed",
  "welcomed",
  "questioned",
];
const OBJECTS = [
  "that inflation had fallen to {n} percent",
  "a new package of tax reforms worth Rs {n} billion",
  "that the budget deficit would narrow next year",
  "plans to privatise the national airline by {y}",
  "that {n},000 people had been displaced by the floods",
  "the results of the latest census",
  "a ban on public gatherings in the capital",
  "that electricity prices would rise by {n} percent",
  "the appointment of a new central bank governor",
  "that talks with the IMF had stalled over fuel subsidies",
  "a report on missing persons in Balochistan",
  "that {n} schools had reopened after the strike",
  "allegations of rigging in {n} constituencies",
  "an agreement to import wheat from Russia",
  "that the new motorway would open in {y}",
  "the claim that unemployment had doubled since {y}",
  "a proposal to delay the local elections",
  "that exports grew by {n} percent last quarter",
  "a plan to build {n} new dams",
  "that the ceasefire was holding along the border",
  "charges against the former finance minister",
  "that the gas shortage would end before winter",
  "figures showing {n} million children out of school",
  "a subsidy for small farmers",
  "that polio cases had dropped to {n} this year",
  "the decision to raise interest rates to {n} percent",
  "a new curriculum for public schools",
  "that foreign reserves stood at ${n} billion",
  "the sale of state-owned land in Islamabad",
  "that {n} militants had been arrested",
  "that the textile sector had shed {n},000 jobs",
  "a plan to digitise land records",
  "that {n} polling stations were unsafe",
  "a ban on single-use plastic bags",
  "that the power grid would be upgraded by {y}",
  "new rules for private hospitals",
  "that rice exports had reached {n} million tonnes",
  "a deal to buy {n} new trains",
  "that the canal water dispute was resolved",
  "a fresh census of street children",
  "that {n} officers had been suspended",
  "a loan of ${n} million from China",
];
const MODIFIERS = [
  "on Tuesday",
  "in a statement on Tuesday",
  "during a press conference in Islamabad",
  "according to officials",
  "late on Monday night",
  "without giving further details",
  "citing security concerns",
  "after weeks of protests",
  "in an interview with a local channel",
  "despite objections from the opposition",
  "the ministry said",
  "Reuters reported",
  "before the budget session",
  "at a rally in Lahore",
  "amid rising fuel prices",
  "as the monsoon season began",
  "in a post on X 👍🏽",
  "calling it a «تاریخی» moment 🇵🇰",
  "under the slogan «پاکستان زندہ باد»",
  "while the prime minister was abroad",
  "in a written reply to parliament",
  "earlier this month",
  "according to the opposition leader",
  "following a cabinet meeting",
  "in remarks to reporters 😀",
  "ahead of the IMF review",
];
const OPENERS = ["", "", "", "", "However, ", "Meanwhile, ", "On Friday, ", "Separately, ", "In Karachi, ", "Last week, "];

function fill(template: string, random: () => number): string {
  return template.replace("{n}", String(2 + Math.floor(random() * 97))).replace("{y}", String(2015 + Math.floor(random() * 15)));
}

/** Object clauses used only by sentences a revision adds (see {@link makeFreshSentence}). */
const FRESH_OBJECTS = [
  "a new framework for talks with the Taliban",
  "that {n} buses would be added to the metro fleet",
  "a review of the cricket board's finances",
  "that the heatwave had claimed {n} lives",
  "plans for a new airport in Gwadar by {y}",
  "that wheat stocks would last until March",
  "a survey of {n},000 households in Sindh",
  "the closure of {n} illegal fuel depots",
  "that mobile internet would be restored",
  "a bill to protect journalists",
  "that the dam's reservoir was {n} percent full",
  "a crackdown on hoarders of sugar",
];

/** One sentence from the given object clauses, ending with a full stop, and its subject|object key. */
function sentenceFrom(objects: readonly string[], random: () => number): { text: string; key: string } {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const opener = pick(OPENERS);
  const chosen = pick(SUBJECTS);
  const subject = opener ? chosen.charAt(0).toLowerCase() + chosen.slice(1) : chosen;
  const extra = random() < 0.35 ? `, ${pick(MODIFIERS)}` : "";
  const object = pick(objects);
  return { text: `${opener}${subject} ${pick(VERBS)} ${fill(object, random)} ${pick(MODIFIERS)}${extra}.`, key: `${chosen}|${object}` };
}

/**
 * One sentence of the original article, ending with a full stop, whose subject and object pair is
 * not in `used` (added to it). Two sentences with the same subject and object that differ only in
 * the verb are the same claim twice; if one moved and the other was deleted, no one could say which
 * was which, so the benchmark's truth would be arbitrary.
 */
export function makeSentence(random: () => number, used: Set<string> = new Set()): string {
  for (;;) {
    const sentence = sentenceFrom(OBJECTS, random);
    if (used.has(sentence.key)) continue;
    used.add(sentence.key);
    return sentence.text;
  }
}

/**
 * A sentence for text a revision adds. Its object clause never occurs in the original article:
 * new text is new, not a near copy of an old sentence (a fresh sentence sharing 70% of a deleted
 * one's words at the same place reads as an edit, so its truth would be ambiguous). Subjects and
 * stock phrases still repeat freely, so lookalikes remain.
 */
export function makeFreshSentence(random: () => number): string {
  return sentenceFrom(FRESH_OBJECTS, random).text;
}

/** An article of about `words` words: paragraphs of 3–7 sentences. */
export function makeArticle(words: number, random: () => number): string[][] {
  const paragraphs: string[][] = [];
  const used = new Set<string>();
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    const size = 3 + Math.floor(random() * 5);
    for (let i = 0; i < size && count < words; i++) {
      const sentence = makeSentence(random, used);
      sentences.push(sentence);
      count += sentence.split(" ").length;
    }
    paragraphs.push(sentences);
  }
  return paragraphs;
}
