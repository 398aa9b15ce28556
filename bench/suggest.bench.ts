/**
 * `npm run bench -- suggest`: the time to suggest quotes, claims and allegations for a generated
 * 20,000-word article (goal: under 200 ms), beside a baseline measured in the same run — a plain
 * regex sentence split of the same text.
 */
import { suggestAnnotations } from "../lib/suggestions/suggest";
import { seededRandom } from "./seeded-random";

const NAMES = ["Muhammad Aejaz", "Zabihullah Mujahid", "Eleanor Whitcombe", "Graham Ellery", "Amara Nwosu", "Tariq Mehmood", "Luc Ferrand", "Sunita Rao"];
const TITLES = ["Ambassador", "Minister", "spokesman", "Judge", "Governor", "Dr"];
const FILLER =
  "the delegation met officials on the sidelines of the conference to discuss trade security and regional cooperation while observers noted that the talks were cordial but difficult".split(" ");

/** A news article of about `words` words: narrative, attributed quotes, figures, allegations, a few run-on quotes. */
export function generateArticle(words: number, seed = 20_000): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const phrase = (n: number) => Array.from({ length: n }, () => pick(FILLER)).join(" ");
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const name = pick(NAMES);
    const surname = name.split(" ").pop();
    const kind = random();
    let paragraph: string;
    if (kind < 0.3) paragraph = `${pick(TITLES)} ${name} said the ${phrase(8)}. “We ${phrase(12)},” ${surname} said. “${phrase(9)}.”`;
    else if (kind < 0.5) paragraph = `Exports rose ${Math.floor(random() * 90)} percent in 20${10 + Math.floor(random() * 14)}, more than the ${phrase(10)}, according to ${name}.`;
    else if (kind < 0.6) paragraph = `Prosecutors allege that ${name} ${phrase(10)}, a charge ${surname} denies.`;
    else if (kind < 0.65) paragraph = `${name} told reporters: “${phrase(14)}.\n“${phrase(10)},” ${surname} added.`;
    else paragraph = `${phrase(14)} as Dr. ${surname} of the U.S. delegation ${phrase(10)}. ${phrase(12)}.`;
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return paragraphs.join("\n");
}

function time<T>(run: () => T, repeats: number): { value: T; ms: number } {
  let value = run();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    value = run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { value, ms: samples[Math.floor(samples.length / 2)] };
}

/** Prints the median time to suggest for a 20,000-word article, and its ratio to the sentence-split baseline. */
export function runSuggestBench(log: (line: string) => void = (line) => console.log(line)): { ms: number; baselineMs: number } {
  const text = generateArticle(20_000);
  const baseline = time(() => text.split(/(?<=[.!?][”"’]?)\s+(?=[“"A-Z])|\n/u).length, 9);
  const suggest = time(() => suggestAnnotations(text), 9);
  const kinds = suggest.value.reduce<Record<string, number>>((tally, s) => ({ ...tally, [s.kind]: (tally[s.kind] ?? 0) + 1 }), {});
  log(`article: ${text.split(/\s+/).length} words, ${text.length} characters; ${suggest.value.length} suggestions ${JSON.stringify(kinds)}`);
  log(`baseline (regex sentence split): ${baseline.ms.toFixed(1)} ms (${baseline.value} pieces)`);
  log(`suggest: ${suggest.ms.toFixed(1)} ms = ${(suggest.ms / Math.max(baseline.ms, 0.01)).toFixed(1)}× baseline (goal: under 200 ms) ${suggest.ms < 200 ? "OK" : "SLOW"}`);
  return { ms: suggest.ms, baselineMs: baseline.ms };
}
