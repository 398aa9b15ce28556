import type { ExportAnnotation, ExportInput } from "./export-types";
import { toIsoDateTime } from "./format-dates";
import { safeHttpUrl, trimBaseUrl } from "./safe-url";
import { selectAnnotations, type NumberedAnnotation } from "./select-annotations";
import { buildNotPlacedBodies, buildW3cBodies, type W3cBody } from "./w3c-bodies";

/** The Web Annotation JSON-LD context. */
export const W3C_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** Media type of a W3C Web Annotation document (Web Annotation Protocol §4). */
export const W3C_ANNOTATION_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** Motivations used at annotation level (both from the model's list). */
export type W3cMotivation = "assessing" | "classifying";

/** `TextQuoteSelector` (§4.2.4); prefix/suffix are left out when empty. */
export type W3cTextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string };
/** `TextPositionSelector` (§4.2.5), in code points of the exported article text, end exclusive. */
export type W3cTextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };

/** Factdesk as the generating software. */
export type W3cSoftware = { id: string; type: "Software"; name: string; homepage: string };

/** Annotations per AnnotationPage, unless a caller asks for another size. */
export const W3C_PAGE_SIZE = 1000;

/** Paging of the W3C export. */
export type W3cPagingOptions = { pageSize?: number };

/**
 * One exported annotation. It always carries its own `@context`, also inside a page, so a
 * consumer that takes it out of the page still has a conforming annotation.
 */
export type W3cAnnotation = {
  "@context": typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: W3cMotivation;
  created?: string;
  modified?: string;
  creator: { id: string; type: "Person"; name: string };
  generator: W3cSoftware;
  generated?: string;
  body: W3cBody[];
  target: { source: string; selector: (W3cTextQuoteSelector | W3cTextPositionSelector)[] };
};

/**
 * One page of the collection (Web Annotation Protocol §5.3). Fetched on its own it has its
 * `@context`; embedded as the collection's `first` it has none. Pages are numbered from 1.
 */
export type W3cAnnotationPage = {
  "@context"?: typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationPage";
  partOf: { id: string; total: number };
  startIndex: number;
  next?: string;
  prev?: string;
  items: W3cAnnotation[];
};

/** The whole export (§5 Collections): the total, the first page embedded, the last one linked. */
export type W3cAnnotationCollection = {
  "@context": typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  generator: W3cSoftware;
  generated?: string;
  first?: W3cAnnotationPage;
  last?: string;
};

/** IRI of the annotation with database id `id`. */
export function w3cAnnotationId(baseUrl: string, id: string): string {
  return `${trimBaseUrl(baseUrl)}/api/annotations/${encodeURIComponent(id)}`;
}

/** IRI of an article's exported collection (the export URL, so it can be dereferenced). */
export function w3cCollectionId(input: ExportInput): string {
  const scope = input.context.includeAll ? "&scope=all" : "";
  return `${trimBaseUrl(input.context.baseUrl)}/api/articles/${encodeURIComponent(input.article.id)}/export?format=w3c${scope}`;
}

/** IRI of page `page` (from 1) of the collection; the export route serves it with `&page=`. */
export function w3cPageId(input: ExportInput, page: number): string {
  return `${w3cCollectionId(input)}&page=${page}`;
}

/** The resource the selectors apply to: the original article URL, or its Factdesk page when it has none. */
export function w3cTargetSource(input: ExportInput): string {
  return safeHttpUrl(input.article.url) ?? `${trimBaseUrl(input.context.baseUrl)}/articles/${encodeURIComponent(input.article.id)}`;
}

/** `assessing` for a claim with a verdict; otherwise the annotation classifies the passage as a claim, quote or allegation. */
export function w3cMotivation(annotation: ExportAnnotation): W3cMotivation {
  return annotation.kind === "claim" && annotation.fields.verdict !== "unverified" ? "assessing" : "classifying";
}

function generatorOf(baseUrl: string): W3cSoftware {
  const base = trimBaseUrl(baseUrl);
  return { id: `${base}/`, type: "Software", name: "Factdesk", homepage: `${base}/` };
}

/**
 * One annotation as W3C JSON-LD, with its own `@context`. The TextPositionSelector is given only
 * for placed annotations (positions that hold the quote in this revision); the TextQuoteSelector
 * always. One not placed says so in its bodies (`buildNotPlacedBodies`).
 */
export function buildW3cAnnotation(input: ExportInput, entry: NumberedAnnotation): W3cAnnotation {
  const { annotation } = entry;
  const base = trimBaseUrl(input.context.baseUrl);
  const quote: W3cTextQuoteSelector = { type: "TextQuoteSelector", exact: annotation.exact };
  if (annotation.prefix) quote.prefix = annotation.prefix;
  if (annotation.suffix) quote.suffix = annotation.suffix;
  const selector: W3cAnnotation["target"]["selector"] = [quote];
  if (entry.placed) selector.push({ type: "TextPositionSelector", start: annotation.start, end: annotation.end });

  const body = buildW3cBodies(annotation, input.context.includeAll);
  if (!entry.placed) body.push(...buildNotPlacedBodies(input.article.revision.number));
  const result: W3cAnnotation = {
    "@context": W3C_ANNOTATION_CONTEXT,
    id: w3cAnnotationId(base, annotation.id),
    type: "Annotation",
    motivation: w3cMotivation(annotation),
    creator: { id: `${base}/users/${encodeURIComponent(annotation.author.id)}`, type: "Person", name: annotation.author.name },
    generator: generatorOf(base),
    body,
    target: { source: w3cTargetSource(input), selector },
  };
  const created = toIsoDateTime(annotation.createdAt);
  const modified = toIsoDateTime(annotation.updatedAt);
  const generated = toIsoDateTime(input.context.generatedAt);
  if (created) result.created = created;
  if (modified) result.modified = modified;
  if (generated) result.generated = generated;
  return result;
}

/**
 * The annotations the W3C export holds, in document order: those `selectAnnotations` includes,
 * less, in an approved-only export, those not placed in this revision (an approved annotation
 * whose text is gone is not an approved statement about this revision).
 */
export function selectW3cAnnotations(input: ExportInput): NumberedAnnotation[] {
  const numbered = selectAnnotations(input);
  return input.context.includeAll ? numbered : numbered.filter((entry) => entry.placed);
}

const pageSizeOf = (options: W3cPagingOptions) => Math.max(1, Math.floor(options.pageSize ?? W3C_PAGE_SIZE));

/** Page `page` (from 1) of `entries`, or null when there is no such page. */
function pageOf(input: ExportInput, entries: readonly NumberedAnnotation[], page: number, options: W3cPagingOptions): W3cAnnotationPage | null {
  const size = pageSizeOf(options);
  const pages = Math.ceil(entries.length / size);
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  const startIndex = (page - 1) * size;
  const result: W3cAnnotationPage = {
    id: w3cPageId(input, page),
    type: "AnnotationPage",
    partOf: { id: w3cCollectionId(input), total: entries.length },
    startIndex,
    items: entries.slice(startIndex, startIndex + size).map((entry) => buildW3cAnnotation(input, entry)),
  };
  if (page < pages) result.next = w3cPageId(input, page + 1);
  if (page > 1) result.prev = w3cPageId(input, page - 1);
  return result;
}

/** The article's W3C annotations as an AnnotationCollection: the first page embedded, the last linked. */
export function buildW3cAnnotationCollection(input: ExportInput, options: W3cPagingOptions = {}): W3cAnnotationCollection {
  const entries = selectW3cAnnotations(input);
  const { article } = input;
  const collection: W3cAnnotationCollection = {
    "@context": W3C_ANNOTATION_CONTEXT,
    id: w3cCollectionId(input),
    type: "AnnotationCollection",
    label: `Factdesk annotations on “${article.title}” (revision ${article.revision.number})`,
    total: entries.length,
    generator: generatorOf(input.context.baseUrl),
  };
  const generated = toIsoDateTime(input.context.generatedAt);
  if (generated) collection.generated = generated;
  const first = pageOf(input, entries, 1, options);
  if (first) {
    collection.first = first;
    collection.last = w3cPageId(input, Math.ceil(entries.length / pageSizeOf(options)));
  }
  return collection;
}

/** Page `page` (from 1) as a standalone AnnotationPage with its `@context`, or null past the last page. */
export function buildW3cAnnotationPage(input: ExportInput, page: number, options: W3cPagingOptions = {}): W3cAnnotationPage | null {
  const result = pageOf(input, selectW3cAnnotations(input), page, options);
  return result && { "@context": W3C_ANNOTATION_CONTEXT, ...result };
}

/** The W3C export as a JSON string (indented, UTF-8 safe). */
export function serialiseW3cAnnotations(input: ExportInput, options: W3cPagingOptions = {}): string {
  return JSON.stringify(buildW3cAnnotationCollection(input, options), null, 2);
}

/** One page of the W3C export as a JSON string, or null when there is no such page. */
export function serialiseW3cAnnotationPage(input: ExportInput, page: number, options: W3cPagingOptions = {}): string | null {
  const result = buildW3cAnnotationPage(input, page, options);
  return result && JSON.stringify(result, null, 2);
}
