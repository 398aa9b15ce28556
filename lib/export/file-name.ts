import type { ExportArticle } from "./export-types";

/** Format ids as far as file names are concerned (kept apart to avoid an import cycle). */
type FormatId = "html" | "pdf" | "w3c" | "claimreview" | "csv";

const SUFFIX: Record<FormatId, string> = {
  html: "factdesk-report.html",
  pdf: "factdesk-report.pdf",
  w3c: "annotations.jsonld",
  claimreview: "claimreview.jsonld",
  csv: "annotations.csv",
};

const MAX_SLUG = 60;

/**
 * Lower-case ASCII slug: accents dropped (é → e), every other run of characters that is not a
 * letter or digit becomes one hyphen, at most 60 characters cut at a hyphen; "" when nothing is left.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const at = cut.lastIndexOf("-");
  return (at > 20 ? cut.slice(0, at) : cut.slice(0, MAX_SLUG)).replace(/-+$/, "");
}

/**
 * Download name for an export, e.g. `doha-meeting-factdesk-report.pdf`: the slug of the title, or
 * `article-<id>` when the title has no ASCII letters or digits (Urdu titles, for instance).
 * Only `[a-z0-9.-]`, so it is safe in a Content-Disposition header without encoding.
 */
export function exportFileName(article: Pick<ExportArticle, "id" | "title">, format: FormatId): string {
  const base = slugify(article.title) || `article-${slugify(article.id) || "export"}`;
  return `${base}-${SUFFIX[format]}`;
}
