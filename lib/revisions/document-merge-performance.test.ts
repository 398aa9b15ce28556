import { describe, expect, it } from "vitest";
import { mulberry32 } from "../anchoring/test-support/random";
import { mergeDocuments } from "./document-merge";
import { paragraphs } from "./test-support/documents";

const WORDS = ["the", "council", "said", "budget", "would", "rise", "by", "percent", "next", "year", "according", "to", "officials", "who", "spoke", "on", "Monday"];

/** An article of `count` words in paragraphs of 50, seeded. */
function article(count: number, random: () => number): string[] {
  const out: string[] = [];
  for (let at = 0; at < count; at += 50) {
    out.push(Array.from({ length: 50 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ") + ` (${at}).`);
  }
  return out;
}

describe("mergeDocuments on a long article", () => {
  it("merges a 20,000-word article edited on both sides in well under 100 ms (bound generous for a shared machine)", () => {
    const random = mulberry32(42);
    const base = article(20_000, random);
    const mine = base.map((x, i) => (i % 20 === 0 ? x.replace("council", "COUNCIL") : i % 37 === 5 ? `${x} Mine.` : x));
    const theirs = base.map((x, i) => (i % 20 === 0 ? x.replace(/\(\d+\)\.$/, "(edited).") : i % 41 === 7 ? `Theirs. ${x}` : x));
    theirs.splice(100, 0, "A paragraph they added.");
    const docs = [base, mine, theirs].map((blocks) => paragraphs(...blocks));
    // Best of five runs: a warm JIT (about 10 ms on an idle machine) and as little noise from other work as possible.
    let elapsed = Infinity;
    let result = mergeDocuments(docs[0], docs[1], docs[2]);
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      result = mergeDocuments(docs[0], docs[1], docs[2]);
      elapsed = Math.min(elapsed, performance.now() - started);
    }
    expect(result.clean).toBe(true);
    expect(result.doc.content).toHaveLength(base.length + 1);
    expect(elapsed).toBeLessThan(250);
  });
});
