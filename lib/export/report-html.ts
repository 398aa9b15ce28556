import { segmentArticle } from "./article-segments";
import type { ExportInput } from "./export-types";
import { formatDate, formatDateTime } from "./format-dates";
import { escapeHtml } from "./html-escape";
import { renderArticleHtml } from "./report-html-article";
import { REPORT_CSS } from "./report-html-css";
import { linkHtml, renderEndnotesHtml } from "./report-html-endnotes";
import { summariseReport, type CountLine, type ReportSummary } from "./report-summary";
import { selectAnnotations } from "./select-annotations";
import { ENGLISH_REPORT, type ReportWords } from "./report-words";

/** Media type of the HTML report. */
export const REPORT_HTML_CONTENT_TYPE = "text/html; charset=utf-8";

function countTable(caption: string, lines: CountLine[], swatches: boolean): string {
  const rows = lines
    .map((line) => {
      const swatch = swatches ? `<span class="swatch swatch-${line.key}" aria-hidden="true"></span>` : "";
      return `<tr><td>${swatch}${escapeHtml(line.label)}</td><td class="n">${line.count}</td></tr>`;
    })
    .join("");
  return `<table><caption>${escapeHtml(caption)}</caption><tbody>${rows}</tbody></table>`;
}

function summaryHtml(input: ExportInput, summary: ReportSummary, words: ReportWords): string {
  const { revision } = input.article;
  const scope = [
    escapeHtml(summary.scopeLabel),
    escapeHtml(words.revisionOf(revision.number, formatDateTime(revision.createdAt))),
    escapeHtml(words.generated(formatDateTime(input.context.generatedAt))),
  ].join(" · ");
  const parts = [`<p class="scope">${scope}</p>`];
  if (summary.total === 0) {
    parts.push(`<p class="empty">${escapeHtml(summary.emptyMessage)}</p>`);
  } else {
    parts.push(`<p><strong>${summary.total}</strong> ${escapeHtml(words.annotations(summary.total))}</p>`);
    const tables = [countTable(words.byKind, summary.byKind, true)];
    if (summary.byVerdict.length > 0) tables.push(countTable(words.byVerdict, summary.byVerdict, false));
    tables.push(countTable(words.byStatus, summary.byStatus, false));
    parts.push(`<div class="counts">${tables.join("")}</div>`);
    if (summary.notPlaced > 0) {
      parts.push(`<p class="warning">${escapeHtml(words.notPlaced(summary.notPlaced))}</p>`);
    }
  }
  return `<section class="summary" aria-labelledby="summary-title"><h2 id="summary-title">${escapeHtml(words.summary)}</h2>${parts.join("")}</section>`;
}

function metadataHtml(input: ExportInput, words: ReportWords): string {
  const { article } = input;
  const rows: [string, string][] = [];
  if (article.outlet) rows.push([words.meta.outlet, `<bdi>${escapeHtml(article.outlet)}</bdi>`]);
  if (article.byline) rows.push([words.meta.byline, `<bdi>${escapeHtml(article.byline)}</bdi>`]);
  if (article.publishedOn) rows.push([words.meta.published, escapeHtml(formatDate(article.publishedOn))]);
  if (article.url) rows.push([words.meta.original, linkHtml(article.url, article.url, true)]);
  if (rows.length === 0) return "";
  return `<dl class="meta">${rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`).join("")}</dl>`;
}

/**
 * The annotated report as one standalone HTML document: metadata, summary, the article text with
 * every included annotation highlighted in its kind's colour and numbered, then the endnotes
 * (`id="annotation-<id>"`). Every user string is escaped, only http(s) URLs become links, styles
 * are inline and there is no script. `words` sets its language and direction (English by default).
 */
export function renderReportHtml(input: ExportInput, words: ReportWords = ENGLISH_REPORT): string {
  const { article, context } = input;
  const numbered = selectAnnotations(input);
  const summary = summariseReport(input, numbered, words);
  const articleHtml = renderArticleHtml(segmentArticle(article.text, numbered), numbered, words);
  const title = escapeHtml(article.title);
  return `<!DOCTYPE html>
<html lang="${words.lang}" dir="${words.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Factdesk">
<title>${title} — ${escapeHtml(words.titleSuffix)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="report-header">
<p class="eyebrow">${escapeHtml(words.eyebrow(context.organisation.name))}</p>
<h1 dir="auto">${title}</h1>
${metadataHtml(input, words)}
</header>
<main>
${summaryHtml(input, summary, words)}
<section class="article" aria-labelledby="article-title">
<h2 id="article-title">${escapeHtml(words.annotatedText)}</h2>
<div class="article-text">
${articleHtml}</div>
</section>
<section class="endnotes" aria-labelledby="notes-title">
<h2 id="notes-title">${escapeHtml(words.notes)}</h2>
${renderEndnotesHtml(numbered, article.revision.number, context.includeAll, summary.emptyMessage, words)}
</section>
</main>
<footer>${escapeHtml(words.footer(context.organisation.name, formatDateTime(context.generatedAt), article.revision.number))}</footer>
</body>
</html>
`;
}
