import { describeDecision, describeFields } from "./annotation-fields";
import { evidenceArchiveLine } from "./evidence-archive-line";
import type { ExportEvidence } from "./export-types";
import { describeCorrection } from "./correction-lines";
import { formatDate } from "./format-dates";
import { escapeHtml, escapeMultiline } from "./html-escape";
import { endnoteId, markerId } from "./report-html-article";
import { safeHttpUrl } from "./safe-url";
import type { NumberedAnnotation } from "./select-annotations";
import { ENGLISH_REPORT, type ReportWords } from "./report-words";

/** A link when `url` is http(s), plain text otherwise; `shown` marks links whose text is the URL itself. */
export function linkHtml(url: string, text: string, shown = false): string {
  const href = safeHttpUrl(url);
  if (!href) return `<span class="url">${escapeHtml(text)}</span>`;
  const classes = shown ? "ext url-shown" : "ext";
  return `<a class="${classes}" href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${escapeHtml(text)}</a>`;
}

function evidenceHtml(item: ExportEvidence, words: ReportWords): string {
  const parts: string[] = [];
  if (item.title) parts.push(linkHtml(item.url, item.title), ` <span class="url">${escapeHtml(item.url)}</span>`);
  else parts.push(linkHtml(item.url, item.url, true));
  if (item.accessedOn) parts.push(` · ${escapeHtml(words.accessed(formatDate(item.accessedOn)))}`);
  const archived = evidenceArchiveLine(item.archive, words);
  if (archived) parts.push(` <span class="archive">${escapeHtml(archived)}</span>`);
  if (item.excerpt) parts.push(`<blockquote dir="auto">${escapeMultiline(item.excerpt)}</blockquote>`);
  return `<li>${parts.join("")}</li>`;
}

function endnoteHtml(entry: NumberedAnnotation, revision: number, includeAll: boolean, words: ReportWords): string {
  const { annotation, number, placed } = entry;
  const kind = annotation.kind;
  const head = [
    placed ? `<a class="endnote-number" href="#${escapeHtml(markerId(annotation.id))}" title="${escapeHtml(words.backToText)}">${number}</a>` : `<span class="endnote-number">${number}</span>`,
    `<span class="badge badge-${kind}">${escapeHtml(words.kinds[kind])}</span>`,
  ];
  if (includeAll) head.push(`<span class="status status-${annotation.status}">${escapeHtml(words.statuses[annotation.status] ?? annotation.status)}</span>`);
  if (!placed) head.push(`<span class="warning">${escapeHtml(words.notFoundIn(revision))}</span>`);

  const body = [`<div class="endnote-head">${head.join(" ")}</div>`, `<blockquote class="exact" dir="auto">${escapeMultiline(annotation.exact)}</blockquote>`];
  const fields = describeFields(annotation, words)
    .map((line) => `<dt>${escapeHtml(line.label)}</dt><dd dir="auto">${escapeMultiline(line.value)}</dd>`)
    .join("");
  body.push(`<dl class="fields">${fields}</dl>`);
  if (annotation.note) body.push(`<p class="note" dir="auto"><strong>${escapeHtml(words.note)}</strong> ${escapeMultiline(annotation.note)}</p>`);
  if (annotation.evidence.length > 0) {
    body.push(`<div class="evidence"><h3>${escapeHtml(words.evidence)}</h3><ul>${annotation.evidence.map((item) => evidenceHtml(item, words)).join("")}</ul></div>`);
  }
  const provenance = [`<bdi>${escapeHtml(words.annotatedBy(annotation.author.name))}</bdi>`];
  const decision = describeDecision(annotation, words);
  if (decision) provenance.push(escapeHtml(decision));
  body.push(`<p class="provenance">${provenance.join(" · ")}</p>`);
  const corrections = annotation.corrections ?? [];
  if (corrections.length > 0) {
    const items = corrections
      .map((correction) => describeCorrection(correction, words))
      .map((entry) => `<li><span class="provenance">${escapeHtml(entry.head)}</span><br><span dir="auto">${escapeMultiline(entry.note)}</span></li>`);
    body.push(`<div class="corrections"><h3>${escapeHtml(words.corrections)}</h3><ul>${items.join("")}</ul></div>`);
  }
  return `<li class="endnote endnote-${kind}" id="${escapeHtml(endnoteId(annotation.id))}">${body.join("")}</li>\n`;
}

/** Endnotes in document order, one `<li id="annotation-…">` each; `emptyMessage` when there are none. */
export function renderEndnotesHtml(numbered: readonly NumberedAnnotation[], revision: number, includeAll: boolean, emptyMessage: string, words: ReportWords = ENGLISH_REPORT): string {
  if (numbered.length === 0) return `<p class="empty">${escapeHtml(emptyMessage)}</p>`;
  return `<ol class="endnote-list">\n${numbered.map((entry) => endnoteHtml(entry, revision, includeAll, words)).join("")}</ol>`;
}
