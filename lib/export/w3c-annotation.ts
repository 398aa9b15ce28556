import type { ExportAnnotation, ExportInput } from "./export-types";
import { toIsoDateTime } from "./format-dates";
import { safeHttpUrl, trimBaseUrl } from "./safe-url";
import { selectAnnotations, type NumberedAnnotation } from "./select-annotations";
import { buildW3cBodies, type W3cBody } from "./w3c-bodies";

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

/** One exported annotation. `@context` is present on standalone annotations, inherited inside a collection. */
export type W3cAnnotation = {
  "@context"?: typeof W3C_ANNOTATION_CONTEXT;
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

/** The whole export: every included annotation embedded in one page (§5 Collections). */
export type W3cAnnotationCollection = {
  "@context": typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  generator: W3cSoftware;
  generated?: string;
  first?: { id: string; type: "AnnotationPage"; partOf: string; startIndex: 0; items: W3cAnnotation[] };
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
 * One annotation as W3C JSON-LD. The TextPositionSelector is given only for placed annotations
 * (positions that hold the quote in this revision); the TextQuoteSelector always.
 */
export function buildW3cAnnotation(input: ExportInput, entry: NumberedAnnotation, standalone = true): W3cAnnotation {
  const { annotation } = entry;
  const base = trimBaseUrl(input.context.baseUrl);
  const quote: W3cTextQuoteSelector = { type: "TextQuoteSelector", exact: annotation.exact };
  if (annotation.prefix) quote.prefix = annotation.prefix;
  if (annotation.suffix) quote.suffix = annotation.suffix;
  const selector: W3cAnnotation["target"]["selector"] = [quote];
  if (entry.placed) selector.push({ type: "TextPositionSelector", start: annotation.start, end: annotation.end });

  const result: W3cAnnotation = {
    ...(standalone ? { "@context": W3C_ANNOTATION_CONTEXT } : {}),
    id: w3cAnnotationId(base, annotation.id),
    type: "Annotation",
    motivation: w3cMotivation(annotation),
    creator: { id: `${base}/users/${encodeURIComponent(annotation.author.id)}`, type: "Person", name: annotation.author.name },
    generator: generatorOf(base),
    body: buildW3cBodies(annotation, input.context.includeAll),
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

/** The article's included annotations as an AnnotationCollection with one embedded page. */
export function buildW3cAnnotationCollection(input: ExportInput): W3cAnnotationCollection {
  const numbered = selectAnnotations(input);
  const id = w3cCollectionId(input);
  const { article } = input;
  const collection: W3cAnnotationCollection = {
    "@context": W3C_ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `Factdesk annotations on “${article.title}” (revision ${article.revision.number})`,
    total: numbered.length,
    generator: generatorOf(input.context.baseUrl),
  };
  const generated = toIsoDateTime(input.context.generatedAt);
  if (generated) collection.generated = generated;
  if (numbered.length > 0) {
    const page = `${id}&page=1`;
    const items = numbered.map((entry) => buildW3cAnnotation(input, entry, false));
    collection.first = { id: page, type: "AnnotationPage", partOf: id, startIndex: 0, items };
    collection.last = page;
  }
  return collection;
}

/** The W3C export as a JSON string (indented, UTF-8 safe). */
export function serialiseW3cAnnotations(input: ExportInput): string {
  return JSON.stringify(buildW3cAnnotationCollection(input), null, 2);
}
