import { verdictTag } from "./annotation-fields";
import type { ArticleSegments } from "./article-segments";
import { escapeHtml } from "./html-escape";
import type { NumberedAnnotation } from "./select-annotations";
import { ENGLISH_REPORT, type ReportWords } from "./report-words";

const MAX_LANE = 3;

/** The id of an annotation's endnote in the HTML report (also the PDF's named destination). */
export function endnoteId(annotationId: string): string {
  return `annotation-${annotationId}`;
}

/** The id of an annotation's marker in the text, which its endnote links back to. */
export function markerId(annotationId: string): string {
  return `marker-${annotationId}`;
}

/**
 * The article text as `<p>` elements with highlights. Pieces covered by several annotations get
 * nested spans, outermost (earliest) annotation first; where annotations overlap without nesting,
 * spans are closed and reopened at the boundary so the markup stays well formed. Each
 * annotation's marker (a superscript number linking to its endnote) follows its last character,
 * and a claim's marker is followed by its verdict, e.g. "[False]".
 */
export function renderArticleHtml(segments: ArticleSegments, numbered: readonly NumberedAnnotation[], words: ReportWords = ENGLISH_REPORT): string {
  const openTags = numbered.map((entry, i) => {
    const { kind } = entry.annotation;
    const lane = Math.min(Math.max(segments.lanes[i], 0), MAX_LANE);
    return `<span class="hl hl-${kind} lane-${lane}" title="${entry.number} · ${escapeHtml(words.kinds[kind])}">`;
  });
  const out: string[] = [];
  const open: number[] = [];
  const closeTo = (depth: number) => {
    while (open.length > depth) {
      open.pop();
      out.push("</span>");
    }
  };
  for (const paragraph of segments.paragraphs) {
    if (paragraph.length === 0) continue;
    out.push('<p dir="auto">');
    for (const item of paragraph) {
      if (item.type === "marker") {
        const depth = open.indexOf(item.entry);
        if (depth >= 0) closeTo(depth);
        const { annotation, number } = numbered[item.entry];
        const id = escapeHtml(annotation.id);
        out.push(
          `<sup class="marker marker-${annotation.kind}" id="${escapeHtml(markerId(annotation.id))}">`,
          `<a href="#${escapeHtml(endnoteId(annotation.id))}" aria-label="${escapeHtml(words.marker(number, words.kinds[annotation.kind]))}" data-annotation="${id}">${number}</a></sup>`,
        );
        const tag = verdictTag(annotation, words);
        if (tag) out.push(`<span class="verdict-tag verdict-tag-${annotation.kind}">\u00A0${escapeHtml(tag)}</span>`);
        continue;
      }
      let shared = 0;
      while (shared < open.length && shared < item.active.length && open[shared] === item.active[shared]) shared++;
      closeTo(shared);
      for (let i = shared; i < item.active.length; i++) {
        out.push(openTags[item.active[i]]);
        open.push(item.active[i]);
      }
      out.push(escapeHtml(item.text));
    }
    closeTo(0);
    out.push("</p>\n");
  }
  return out.join("");
}
