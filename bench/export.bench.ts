/**
 * Export benchmark: a deterministic ~20,000-word article with 5,000 approved annotations (every
 * kind, nested and overlapping, with evidence), each format timed as the median of a few runs
 * against a baseline measured in the same run (`JSON.stringify` of the input).
 *
 * Run: `npx tsx bench/export.bench.ts`. Goals on the 2-core reference machine: W3C ≤ 1 s, PDF ≤ 5 s
 * (wall clock, median). CPU time is printed beside it: on a busy machine wall time can be far
 * above it, which is contention, not the code. Exit code 1 when a goal is missed.
 */
import { pathToFileURL } from "node:url";
import { codePointLength } from "../lib/anchoring/code-points";
import { EXPORT_FORMATS, exportArticle, type ExportFormat } from "../lib/export/export-article";
import type { ExportAnnotation, ExportInput } from "../lib/export/export-types";
import type { Verdict } from "../lib/domain/verdicts";
import { seededRandom as random } from "./seeded-random";

/** One format's timing. */
export type ExportBenchResult = {
  format: ExportFormat | "baseline";
  medianMs: number;
  /** Median CPU time (user + system) of the same runs: tells slow code from a busy machine. */
  cpuMs: number;
  /** Median divided by the baseline's median. */
  ratio: number;
  runs: number;
  /** Size of the output in bytes. */
  bytes: number;
  goalMs: number | null;
  ok: boolean;
};

/** Options for `runExportBench`. */
export type ExportBenchOptions = { words?: number; annotations?: number; runs?: number; pdfRuns?: number; log?: (line: string) => void };

const GOALS: Partial<Record<ExportFormat, number>> = { w3c: 1000, pdf: 5000 };

const WORDS = (
  "the minister said that government officials agreed on a new framework for talks while critics " +
  "claimed unemployment had doubled since inflation rose sharply across region budget deficit " +
  "contractor invoices allegation denied report evidence survey statistics office opposition leader " +
  "ceasefire negotiations Doha Karachi Zürich São Paulo naïve café résumé coöperation Łódź"
).split(" ");
const URDU = "وزیر اعظم نے کہا کہ مہنگائی کم ہو گئی ہے".split(" ");
const VERDICTS: Verdict[] = ["true", "mostly_true", "mixed", "misleading", "false", "unsubstantiated", "unverified"];

/** Builds the benchmark input deterministically. */
export function buildBenchInput(wordCount = 20_000, annotationCount = 5_000): ExportInput {
  const next = random(20240622);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const parts: string[] = [];
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  let offset = 0;
  for (let i = 0; i < wordCount; i++) {
    const separator = i === 0 ? "" : i % 110 === 0 ? ".\n" : i % 17 === 0 ? ", " : " ";
    const urdu = Math.floor(i / 110) % 25 === 7;
    const word = urdu ? pick(URDU) : i % 997 === 0 ? "🎉" : pick(WORDS);
    parts.push(separator);
    offset += codePointLength(separator);
    wordStarts.push(offset);
    parts.push(word);
    offset += codePointLength(word);
    wordEnds.push(offset);
  }
  const text = `${parts.join("")}.`;
  const points = Array.from(text);
  const at = (from: number, to: number) => points.slice(Math.max(0, from), Math.max(0, to)).join("");
  const annotations: ExportAnnotation[] = [];
  for (let n = 0; n < annotationCount; n++) {
    const nested = n > 0 && next() < 0.2;
    const previous = annotations[annotations.length - 1];
    const first = nested ? wordStarts.findIndex((s) => s >= previous.start) : Math.floor(next() * (wordCount - 12));
    const length = 1 + Math.floor(next() * (nested ? 3 : 12));
    const last = Math.min(wordCount - 1, first + length - 1);
    const start = wordStarts[first];
    const end = wordEnds[last];
    const base = {
      id: `b${String(n).padStart(5, "0")}`,
      status: "approved" as const,
      anchorState: "anchored" as const,
      start,
      end,
      exact: at(start, end),
      prefix: at(start - 32, start),
      suffix: at(end, end + 32),
      note: next() < 0.4 ? `Checked by the desk against source ${n}; see the linked evidence for details.` : "",
      evidence: Array.from({ length: Math.floor(next() * 3) }, (_, e) => ({
        url: `https://evidence.example.org/source/${n}/${e}`,
        title: `Source ${n}.${e}: official statistics release`,
        excerpt: e === 0 ? "The figure quoted does not match the published table." : "",
        accessedOn: "2024-06-21",
      })),
      author: { id: `u${n % 7}`, name: `Editor ${n % 7}` },
      reviewer: { id: "r1", name: "Ravi Reviewer" },
      decidedAt: "2024-06-22T10:00:00.000Z",
      createdAt: new Date(Date.UTC(2024, 5, 20, 0, 0, n)).toISOString(),
      updatedAt: "2024-06-21T09:00:00.000Z",
    };
    const kind = n % 3;
    if (kind === 0) annotations.push({ ...base, kind: "claim", fields: { claimant: pick(WORDS), verdict: pick(VERDICTS), rationale: n % 2 ? "The published data show otherwise." : "" } });
    else if (kind === 1) annotations.push({ ...base, kind: "quote", fields: { speaker: "Amina Khalid", saidWhere: "Press conference", saidOn: "2024-06-18", wordingVerified: n % 2 === 0 } });
    else annotations.push({ ...base, kind: "allegation", fields: { allegedBy: "Critics", allegedAgainst: "Northwind Ltd", rightOfReplySought: true, rightOfReplySoughtOn: "2024-06-19" } });
  }
  return {
    article: {
      id: "bench",
      title: "Benchmark article: Doha meeting",
      outlet: "The Daily Example",
      byline: "Sam Writer",
      url: "https://news.example.com/bench",
      publishedOn: "2024-06-20",
      revision: { number: 1, createdAt: "2024-06-20T08:00:00.000Z" },
      text,
    },
    annotations,
    context: { baseUrl: "https://factdesk.example.org", organisation: { name: "Example Fact Desk", url: "https://factdesk.example.org" }, generatedAt: "2024-06-23T08:30:00.000Z", includeAll: false },
  };
}

async function median(runs: number, task: () => Promise<number> | number): Promise<{ ms: number; cpuMs: number; bytes: number }> {
  const times: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    bytes = await task();
    const used = process.cpuUsage(usage);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { ms: middle(times), cpuMs: middle(cpu), bytes };
}

/** Times every export format on the benchmark input and prints one line per format. */
export async function runExportBench(options: ExportBenchOptions = {}): Promise<ExportBenchResult[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const input = buildBenchInput(options.words, options.annotations);
  const runs = options.runs ?? 5;
  log(`export bench: ${input.article.text.split(/\s+/).length} words, ${input.annotations.length} annotations, median of ${runs} (PDF ${options.pdfRuns ?? 3}) runs`);
  const baseline = await median(runs, () => Buffer.byteLength(JSON.stringify(input)));
  const results: ExportBenchResult[] = [{ format: "baseline", medianMs: baseline.ms, cpuMs: baseline.cpuMs, ratio: 1, runs, bytes: baseline.bytes, goalMs: null, ok: true }];
  for (const { id } of EXPORT_FORMATS) {
    const count = id === "pdf" ? (options.pdfRuns ?? 3) : runs;
    await exportArticle(id, input);
    const timing = await median(count, async () => {
      const { body } = await exportArticle(id, input);
      return typeof body === "string" ? Buffer.byteLength(body) : body.length;
    });
    const goalMs = GOALS[id] ?? null;
    results.push({ format: id, medianMs: timing.ms, cpuMs: timing.cpuMs, ratio: timing.ms / baseline.ms, runs: count, bytes: timing.bytes, goalMs, ok: goalMs === null || timing.ms <= goalMs });
  }
  for (const r of results) {
    const goal = r.goalMs === null ? "" : ` goal ≤ ${r.goalMs} ms ${r.ok ? "OK" : "MISSED"}`;
    const cpu = `cpu ${r.cpuMs.toFixed(0).padStart(6)} ms`;
    log(`${r.format.padEnd(12)} ${r.medianMs.toFixed(1).padStart(9)} ms  ${cpu}  ×${r.ratio.toFixed(1).padStart(7)}  ${(r.bytes / 1024).toFixed(0).padStart(7)} KiB${goal}`);
  }
  return results;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  runExportBench().then(
    (results) => process.exit(results.every((r) => r.ok) ? 0 : 1),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
