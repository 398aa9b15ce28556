/**
 * Why a sentence is worth checking: the signals ClaimBuster-style triage looks for — a figure, a
 * date, a comparison, a superlative, a change — each a named, explainable rule. Pure.
 */

/** One reason a sentence was suggested as a claim. */
export type ClaimSignal = "figure" | "date" | "comparison" | "superlative" | "change";

const SIGNAL_PATTERNS: Record<ClaimSignal, RegExp> = {
  figure:
    /(?:\d[\d,.]*\s*(?:%|per ?cent|percent)?|\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+\w+)?\s+(?:years?|months?|weeks?|days?|hours?|times|per ?cent|percent|million|billion|thousand|hundred)|dozens|hundreds|thousands|millions|billions|half|third|quarter|twice|thrice|one in (?:\w+)|million|billion|trillion|lakh|crore)\b)/i,
  date: /\b(?:january|february|march|april|june|july|august|september|october|november|december|(?:19|20)\d\d|last (?:year|month|decade)|since (?:19|20)\d\d)\b/i,
  comparison:
    /\b(?:(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|faster|slower|cheaper|costlier|worse|better|longer|shorter|older|younger|stronger|weaker|richer|poorer)\s+than|compared (?:with|to)|as (?:many|much) as|up from|down from|outnumber\w*|exceed\w*|surpass\w*)\b/i,
  superlative: /\b(?:most|least|largest|biggest|highest|lowest|fastest|slowest|worst|best|deadliest|poorest|richest|oldest|youngest|first|only|record|unprecedented|never before|all-time|ever)\b/i,
  change:
    /\b(?:rose|risen|rise[sn]?|fell|fallen|falls|increased?|increases|decreased?|decreases|doubled|tripled|halved|dropped|drops|grew|grown|surged|soared|plunged|declined|declines|slashed|cut by|jumped|climbed)\b/i,
};

/** Ordered signals (the first one explains the suggestion best). */
const ORDER: ClaimSignal[] = ["figure", "comparison", "superlative", "change", "date"];

/** The signals a (quote-free) sentence carries, strongest first. A date alone is not enough. */
export function claimSignals(sentence: string): ClaimSignal[] {
  const found = ORDER.filter((signal) => SIGNAL_PATTERNS[signal].test(sentence));
  if (found.length === 1 && found[0] === "date") return [];
  // A figure that is only a year is a date, not a figure.
  if (found.includes("figure") && found.includes("date") && !SIGNAL_PATTERNS.figure.test(sentence.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, ""))) {
    const rest = found.filter((s) => s !== "figure");
    return rest.length === 1 && rest[0] === "date" ? [] : rest;
  }
  return found;
}

const SIGNAL_WORDS: Record<ClaimSignal, string> = {
  figure: "a figure",
  date: "a date",
  comparison: "a comparison",
  superlative: "a superlative",
  change: "a change over time",
};

/** "Has a figure and a comparison" — the reason shown to the editor. */
export function describeSignals(signals: readonly ClaimSignal[]): string {
  const words = signals.map((s) => SIGNAL_WORDS[s]);
  if (words.length <= 1) return `Has ${words[0] ?? "no signal"}`;
  return `Has ${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
