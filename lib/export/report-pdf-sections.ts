import { describeCorrection } from "./correction-lines";
import { describeDecision, describeFields, verdictTag } from "./annotation-fields";
import type { ArticleSegments } from "./article-segments";
import type { ExportInput } from "./export-types";
import { formatDate, formatDateTime } from "./format-dates";
import { KIND_COLOURS } from "./kind-colours";
import type { Flow } from "./pdf-flow";
import type { Highlight, RunStyle, StyledRun } from "./pdf-layout";
import { endnoteId, markerId } from "./report-html-article";
import type { CountLine, ReportSummary } from "./report-summary";
import type { ReportWords } from "./report-words";
import { safeHttpUrl } from "./safe-url";
import type { NumberedAnnotation } from "./select-annotations";
import { evidenceArchiveLine } from "./evidence-archive-line";

const INK = "#1b1b1b";
const MUTED = "#555555";
const LINK = "#0b4fb3";
const WARN = "#7a4b00";

/** Text styles of the PDF report (shared objects, so equal runs are drawn together). */
export const STYLES = {
  body: { role: "regular", size: 10, color: INK },
  bold: { role: "bold", size: 10, color: INK },
  muted: { role: "regular", size: 8.5, color: MUTED },
  eyebrow: { role: "bold", size: 8.5, color: MUTED },
  title: { role: "bold", size: 18, color: "#111111" },
  heading: { role: "bold", size: 13, color: "#111111" },
  quote: { role: "italic", size: 10, color: "#222222" },
  warning: { role: "regular", size: 9, color: WARN },
  article: { role: "regular", size: 10.5, color: INK },
} satisfies Record<string, RunStyle>;

const run = (text: string, style: RunStyle): StyledRun => ({ text, style });
const lines = (text: string) => text.split(/\r?\n/);

/** A link run when `url` is http(s), a muted run otherwise. */
function urlRun(url: string, text = url, size = 9): StyledRun {
  const href = safeHttpUrl(url);
  return run(text, href ? { role: "regular", size, color: LINK, link: href } : { role: "regular", size, color: MUTED });
}

function counts(label: string, entries: readonly CountLine[], legend: boolean): StyledRun[] {
  const runs: StyledRun[] = [run(`${label}: `, STYLES.bold)];
  entries.forEach((entry, i) => {
    if (i > 0) runs.push(run(" · ", STYLES.body));
    const kind = legend ? (entry.key as keyof typeof KIND_COLOURS) : null;
    const style: RunStyle = kind ? { ...STYLES.body, highlights: [{ entry: -1 - i, kind, lane: 0 }] } : STYLES.body;
    runs.push(run(entry.label, style), run(` ${entry.count}`, STYLES.body));
  });
  return runs;
}

/** Title, article metadata and the summary of counts. */
export function writeHeaderAndSummary(flow: Flow, input: ExportInput, summary: ReportSummary, words: ReportWords): void {
  const { article, context } = input;
  flow.paragraph([run(words.eyebrow(context.organisation.name), STYLES.eyebrow)], { after: 4 });
  flow.paragraph([run(article.title, STYLES.title)], { tag: "H1", leading: 1.3, after: 8 });
  const meta: [string, StyledRun][] = [];
  if (article.outlet) meta.push([words.meta.outlet, run(article.outlet, STYLES.body)]);
  if (article.byline) meta.push([words.meta.byline, run(article.byline, STYLES.body)]);
  if (article.publishedOn) meta.push([words.meta.published, run(formatDate(article.publishedOn), STYLES.body)]);
  if (article.url) meta.push([words.meta.original, urlRun(article.url, article.url, 10)]);
  for (const [label, value] of meta) flow.paragraph([run(`${label}: `, STYLES.bold), value]);
  flow.space(10);

  flow.paragraph([run(words.summary, STYLES.heading)], { tag: "H2", after: 4, keepWithNext: 40 });
  const { revision } = article;
  flow.paragraph([run(`${summary.scopeLabel} · ${words.revisionOf(revision.number, formatDateTime(revision.createdAt))} · ${words.generated(formatDateTime(context.generatedAt))}`, STYLES.body)], {
    after: 4,
  });
  if (summary.total === 0) {
    flow.paragraph([run(summary.emptyMessage, STYLES.bold)], { after: 6 });
    return;
  }
  flow.paragraph([run(`${summary.total} ${words.annotations(summary.total)}`, STYLES.bold)]);
  flow.paragraph(counts(words.byKind, summary.byKind, true));
  if (summary.byVerdict.length > 0) flow.paragraph(counts(words.byVerdict, summary.byVerdict, false));
  flow.paragraph(counts(words.byStatus, summary.byStatus, false));
  if (summary.notPlaced > 0) flow.paragraph([run(words.notPlaced(summary.notPlaced), STYLES.warning)]);
}

/** The article text with highlights (one fill and underline lane per annotation) and numbered markers. */
export function writeArticle(flow: Flow, segments: ArticleSegments, numbered: readonly NumberedAnnotation[], words: ReportWords): void {
  flow.space(10);
  flow.paragraph([run(words.annotatedText, STYLES.heading)], { tag: "H2", after: 6, keepWithNext: 30 });
  const styles = new Map<string, RunStyle>();
  const highlight = (i: number): Highlight => ({ entry: i, kind: numbered[i].annotation.kind, lane: segments.lanes[i] });
  const styleFor = (active: readonly number[]): RunStyle => {
    if (active.length === 0) return STYLES.article;
    const key = active.join(",");
    let style = styles.get(key);
    if (!style) styles.set(key, (style = { ...STYLES.article, highlights: active.map(highlight) }));
    return style;
  };
  for (const paragraph of segments.paragraphs) {
    if (paragraph.length === 0) continue;
    const runs: StyledRun[] = [];
    let active: readonly number[] = [];
    const ended = new Set<number>();
    for (const item of paragraph) {
      if (item.type === "text") {
        active = item.active;
        ended.clear();
        runs.push(run(item.text, styleFor(active)));
        continue;
      }
      ended.add(item.entry);
      const { annotation, number } = numbered[item.entry];
      const around = active.filter((i) => !ended.has(i)).map(highlight);
      runs.push(
        run(String(number), {
          role: "bold",
          size: 6.5,
          color: KIND_COLOURS[annotation.kind].strong,
          rise: 4,
          goTo: endnoteId(annotation.id),
          destination: markerId(annotation.id),
          highlights: around,
        }),
      );
      const tag = verdictTag(annotation, words);
      if (tag) runs.push(run(`\u00A0${tag}`, { role: "bold", size: 7.5, color: KIND_COLOURS[annotation.kind].strong, goTo: endnoteId(annotation.id), highlights: around }));
    }
    flow.paragraph(runs, { leading: 2, after: 4 });
  }
}

/** One endnote per annotation, in document order, each a named destination `annotation-<id>`. */
export function writeEndnotes(flow: Flow, numbered: readonly NumberedAnnotation[], revision: number, includeAll: boolean, emptyMessage: string, words: ReportWords): void {
  flow.paragraph([run(words.notes, STYLES.heading)], { tag: "H2", after: 6, keepWithNext: 30 });
  if (numbered.length === 0) {
    flow.paragraph([run(emptyMessage, STYLES.bold)]);
    return;
  }
  for (const { annotation, number, placed } of numbered) {
    const strong = KIND_COLOURS[annotation.kind].strong;
    const head: StyledRun[] = [
      run(String(number), { role: "bold", size: 11, color: strong, destination: endnoteId(annotation.id), ...(placed ? { goTo: markerId(annotation.id) } : {}) }),
      run("  ", STYLES.body),
      run(words.kinds[annotation.kind].toUpperCase(), { role: "bold", size: 9, color: strong }),
    ];
    if (includeAll) head.push(run(`  · ${words.statuses[annotation.status] ?? annotation.status}`, STYLES.muted));
    if (!placed) head.push(run(`  · ${words.notFoundIn(revision)}`, STYLES.warning));
    flow.paragraph(head, { tag: "H3", after: 2, keepWithNext: 28 });
    lines(annotation.exact).forEach((line, i, all) => flow.paragraph([run(`${i === 0 ? "“" : ""}${line}${i === all.length - 1 ? "”" : ""}`, STYLES.quote)], { indent: 12 }));
    flow.space(3);
    for (const field of describeFields(annotation, words)) {
      const [first, ...rest] = lines(field.value);
      flow.paragraph([run(`${field.label}: `, STYLES.bold), run(first, STYLES.body)]);
      for (const line of rest) flow.paragraph([run(line, STYLES.body)], { indent: 12 });
    }
    if (annotation.note) {
      const [first, ...rest] = lines(annotation.note);
      flow.paragraph([run(`${words.note} `, STYLES.bold), run(first, STYLES.body)]);
      for (const line of rest) flow.paragraph([run(line, STYLES.body)], { indent: 12 });
    }
    if (annotation.evidence.length > 0) {
      flow.paragraph([run(words.evidence, STYLES.bold)]);
      for (const item of annotation.evidence) {
        const parts: StyledRun[] = [run("• ", STYLES.body)];
        if (item.title) parts.push(urlRun(item.url, item.title, 10), run(" — ", STYLES.body));
        parts.push(urlRun(item.url));
        if (item.accessedOn) parts.push(run(` · ${words.accessed(formatDate(item.accessedOn))}`, STYLES.muted));
        flow.paragraph(parts, { indent: 8 });
        const archived = evidenceArchiveLine(item.archive, words);
        if (archived) flow.paragraph([run(archived, STYLES.muted)], { indent: 20 });
        for (const line of item.excerpt ? lines(item.excerpt) : []) flow.paragraph([run(line, STYLES.quote)], { indent: 20 });
      }
    }
    const decision = describeDecision(annotation, words);
    const corrections = annotation.corrections ?? [];
    flow.paragraph([run(`${words.annotatedBy(annotation.author.name)}${decision ? ` · ${decision}` : ""}`, STYLES.muted)], { after: corrections.length ? 3 : 10 });
    if (corrections.length > 0) {
      flow.paragraph([run(words.corrections, STYLES.bold)]);
      corrections
        .map((correction) => describeCorrection(correction, words))
        .forEach((entry) => {
          flow.paragraph([run(entry.head, STYLES.muted)], { indent: 8 });
          lines(entry.note).forEach((line) => flow.paragraph([run(line, STYLES.body)], { indent: 8 }));
        });
      flow.space(10);
    }
  }
}
