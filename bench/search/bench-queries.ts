/** A representative desk query of the search benchmark, with its class (for the per-class figures). */
export type SearchBenchQuery = { q: string; class: SearchQueryClass; kind?: "claim"; verdict?: "false"; status?: "approved" };

export type SearchQueryClass = "common word" | "rare word" | "phrase" | "several words" | "prefix" | "Urdu" | "filtered" | "operators";

/** The representative queries: what a desk types, with the filters it uses. */
export const SEARCH_BENCH_QUERIES: readonly SearchBenchQuery[] = [
  { q: "inflation", class: "common word" },
  { q: "wheat exports", class: "several words" },
  { q: '"electricity prices"', class: "phrase" },
  { q: "smuggling", class: "common word" },
  { q: "karachi flood", class: "several words" },
  { q: "corrupt", class: "prefix" },
  { q: "مہنگائی", class: "Urdu" },
  { q: "بجلی پانی", class: "Urdu" },
  { q: "term377", class: "rare word" },
  { q: "dengue outbreak lahore", class: "several words" },
  { q: "minister claimed", kind: "claim", class: "filtered" },
  { q: "budget", verdict: "false", class: "filtered" },
  { q: "debt", status: "approved", class: "filtered" },
  { q: '"opposition leader" alleged', class: "phrase" },
  { q: "governor or mayor", class: "operators" },
  { q: "metro -railway", class: "operators" },
  { q: "vaccine", class: "rare word" },
  { q: "gwadar port", class: "several words" },
  { q: "econom", class: "prefix" },
  { q: "حکومت", class: "Urdu" },
];
