import { ANNOTATION_KINDS } from "../domain/annotation-kinds";
import { cssFill, KIND_COLOURS } from "./kind-colours";

const kindRules = ANNOTATION_KINDS.map((kind) => {
  const { strong } = KIND_COLOURS[kind];
  return [
    `.hl-${kind}{background-color:${cssFill(kind)};border-bottom-color:${strong}}`,
    `.marker-${kind} a,.badge-${kind},.verdict-tag-${kind}{color:${strong}}`,
    `.badge-${kind}{border-color:${strong}}`,
    `.swatch-${kind}{background-color:${cssFill(kind)};border-bottom:2px solid ${strong}}`,
    `.endnote-${kind}{border-left-color:${strong}}`,
  ].join("\n");
}).join("\n");

/**
 * The report's only stylesheet, inlined in a `<style>` element (no external resources, no
 * scripts). Overlapping highlights stay readable: fills are translucent so overlaps darken, and
 * each overlapping highlight's underline sits in its own lane below the text (`lane-0` … `lane-3`).
 */
export const REPORT_CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:2rem auto;max-width:48rem;padding:0 1rem;color:#1b1b1b;background:#fff;font:16px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic","Urdu Typesetting","Geeza Pro",Arial,sans-serif}
h1{font-size:1.8rem;line-height:1.25;margin:.2rem 0 1rem}
h2{font-size:1.3rem;margin:2.2rem 0 .8rem;border-bottom:1px solid #ccc;padding-bottom:.3rem}
h3{font-size:1rem;margin:1rem 0 .4rem}
.eyebrow{margin:0;color:#555;font-size:.85rem;text-transform:uppercase;letter-spacing:.06em}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
.meta dt{color:#555}.meta dd{margin:0;overflow-wrap:anywhere}
.scope{color:#333;margin:.3rem 0}
.counts{display:flex;flex-wrap:wrap;align-items:flex-start;gap:1rem 2.5rem}
.counts table{border-collapse:collapse;min-width:10rem}
.counts caption{text-align:left;font-weight:600;padding-bottom:.2rem}
.counts td{padding:.1rem .6rem .1rem 0}.counts td.n{text-align:right;font-variant-numeric:tabular-nums}
.swatch{display:inline-block;width:1.6em;height:.9em;margin-right:.4em;vertical-align:-.05em}
.empty{padding:1rem;border:1px dashed #999;color:#333;background:#fafafa}
.warning{color:#7a4b00}
.article-text p{line-height:2.2;margin:0 0 1rem;overflow-wrap:break-word}
.hl{border-bottom:2px solid transparent;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.lane-0{padding-bottom:1px}.lane-1{padding-bottom:4px}.lane-2{padding-bottom:7px}.lane-3{padding-bottom:10px}
.marker{font-size:.7em;line-height:0;vertical-align:super;font-weight:700;margin:0 .1em}
.marker a{text-decoration:none}
.verdict-tag{font-size:.75em;font-weight:700;white-space:nowrap}
.endnote-list{list-style:none;padding:0;margin:0}
.endnote{border-left:4px solid #999;padding:.2rem 0 .2rem .9rem;margin:0 0 1.4rem}
.endnote:target{background:#fffbe6}
.endnote-head{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline;margin:0 0 .3rem}
.endnote-number{font-weight:700;min-width:1.5em}
.badge{border:1px solid;border-radius:.3em;padding:0 .35em;font-size:.8rem;font-weight:600;text-transform:uppercase;letter-spacing:.04em}
.status{font-size:.85rem;background:#eee;border-radius:.3em;padding:0 .35em}
.status-approved{background:#e3f4e6}.status-rejected{background:#fbe3e3}
.exact{margin:.3rem 0 .6rem;padding:.2rem .8rem;border-left:3px solid #ddd;font-style:italic;overflow-wrap:anywhere}
.fields{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.4rem 0}
.fields dt{font-weight:600}.fields dd{margin:0;overflow-wrap:anywhere}
.note{margin:.4rem 0}
.evidence ul{margin:.2rem 0;padding-left:1.2rem}
.evidence blockquote{margin:.2rem 0 .4rem;color:#333;font-size:.92em}
.url{color:#444;font-size:.88em;overflow-wrap:anywhere}
.archive{display:block;color:#555;font-size:.85em;font-variant-numeric:tabular-nums}
.provenance{color:#555;font-size:.88rem;margin:.4rem 0 0}
footer{margin-top:3rem;color:#666;font-size:.85rem;border-top:1px solid #ccc;padding-top:.5rem}
${kindRules}
@media print{
@page{margin:16mm 15mm}
body{max-width:none;margin:0;padding:0;font-size:10.5pt}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
a.ext:not(.url-shown)::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
h1,h2,h3,.endnote-head{break-after:avoid}
.summary{break-inside:avoid}
.endnotes{break-before:page}
.endnote{break-inside:avoid}
.endnote:target{background:none}
.article-text p{orphans:3;widows:3}
footer{border-top:1px solid #999}
}
`;
