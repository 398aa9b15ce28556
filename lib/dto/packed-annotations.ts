import { createCodePointIndex, type CodePointIndex } from "@/lib/anchoring/code-points";
import type { AnnotationDto, AnnotationKindFields, LastDecisionDto } from "./annotation-dto";
import type { EvidenceInput } from "@/lib/validations/annotation";

/**
 * The article page's annotations, packed to be sent once and small: no key names, each person
 * once, the article id once, and the quote and its context left out wherever they are the
 * article text at the annotation's offsets (the client cuts them from the text, sent once). A
 * page of 2,000 annotations is a fraction of their DTOs' JSON. {@link unpackAnnotations} gives
 * back exactly the DTOs {@link packAnnotations} was given.
 */
export type PackedAnnotations = {
  articleId: string;
  /** The plain text the quotes are cut from (null when no annotation needs it). */
  text: string | null;
  /** Each person once: `[id, name]`, referred to by index. */
  people: [string, string][];
  rows: PackedAnnotation[];
};

type PackedFields = (string | boolean | null)[];
type PackedDecision = [id: string, action: LastDecisionDto["action"], reason: string, by: number, at: string];
type PackedReuse = [annotationId: string, articleId: string, articleTitle: string];

/** One annotation; `exact`, `prefix` and `suffix` are null when they are the text's. */
export type PackedAnnotation = [
  id: string,
  kind: AnnotationDto["kind"],
  fields: PackedFields,
  status: AnnotationDto["status"],
  anchorState: AnnotationDto["anchorState"],
  version: number,
  revision: number,
  start: number,
  end: number,
  exact: string | null,
  prefix: string | null,
  suffix: string | null,
  previousExact: string | null,
  note: string,
  evidence: EvidenceInput[],
  author: number,
  lastEditedBy: number,
  lastDecision: PackedDecision | null,
  reusedFrom: PackedReuse | null,
  createdAt: string,
  /** null when it equals createdAt. */
  updatedAt: string | null,
];

const CONTEXT_LENGTH = 32;

/** The kinds' fields in the order the DTO holds them. */
const FIELD_ORDER = {
  claim: ["claimant", "verdict", "rationale"],
  quote: ["speaker", "saidWhere", "saidOn", "wordingVerified"],
  allegation: ["allegedBy", "allegedAgainst", "rightOfReplySought", "rightOfReplySoughtOn"],
} as const;

function cut(index: CodePointIndex | null, start: number, end: number): string | undefined {
  if (!index || start < 0 || end < start || end > index.length) return undefined;
  return index.slice(start, end);
}

/**
 * Packs `annotations` of article `articleId`, whose current plain text is `text` (code points, as
 * the offsets count).
 */
export function packAnnotations(articleId: string, text: string, annotations: readonly AnnotationDto[]): PackedAnnotations {
  const index = annotations.length > 0 ? createCodePointIndex(text) : null;
  const people: [string, string][] = [];
  const personIndex = new Map<string, number>();
  const person = ({ id, name }: { id: string; name: string }) => {
    const key = `${id}\u0000${name}`;
    let at = personIndex.get(key);
    if (at === undefined) {
      at = people.push([id, name]) - 1;
      personIndex.set(key, at);
    }
    return at;
  };
  let needsText = false;
  const same = (value: string, start: number, end: number) => {
    const isText = cut(index, start, end) === value;
    if (isText) needsText = true;
    return isText ? null : value;
  };
  const rows = annotations.map((a): PackedAnnotation => {
    if (a.articleId !== articleId) throw new Error(`annotation ${a.id} is not of article ${articleId}`);
    const fields = FIELD_ORDER[a.kind].map((key) => (a.fields as Record<string, string | boolean | null>)[key]);
    return [
      a.id,
      a.kind,
      fields,
      a.status,
      a.anchorState,
      a.version,
      a.revision,
      a.start,
      a.end,
      same(a.exact, a.start, a.end),
      same(a.prefix, Math.max(0, a.start - CONTEXT_LENGTH), a.start),
      same(a.suffix, a.end, Math.min(index?.length ?? 0, a.end + CONTEXT_LENGTH)),
      a.previousExact,
      a.note,
      a.evidence,
      person(a.author),
      person(a.lastEditedBy),
      a.lastDecision ? [a.lastDecision.id, a.lastDecision.action, a.lastDecision.reason, person(a.lastDecision.by), a.lastDecision.at] : null,
      a.reusedFrom ? [a.reusedFrom.annotationId, a.reusedFrom.articleId, a.reusedFrom.articleTitle] : null,
      a.createdAt,
      a.updatedAt === a.createdAt ? null : a.updatedAt,
    ];
  });
  return { articleId, text: needsText ? text : null, people, rows };
}

/** A kind's fields from their values in {@link FIELD_ORDER} (one literal per kind: a fixed shape). */
function unpackFields(kind: AnnotationDto["kind"], values: PackedFields): AnnotationKindFields["fields"] {
  const [a, b, c, d] = values as [never, never, never, never];
  switch (kind) {
    case "claim":
      return { claimant: a, verdict: b, rationale: c };
    case "quote":
      return { speaker: a, saidWhere: b, saidOn: c, wordingVerified: d };
    case "allegation":
      return { allegedBy: a, allegedAgainst: b, rightOfReplySought: c, rightOfReplySoughtOn: d };
  }
}

/** The DTOs {@link packAnnotations} packed, key for key. */
export function unpackAnnotations(packed: PackedAnnotations): AnnotationDto[] {
  const index = packed.text === null ? null : createCodePointIndex(packed.text);
  const person = (at: number) => ({ id: packed.people[at][0], name: packed.people[at][1] });
  const fromText = (value: string | null, start: number, end: number) => value ?? cut(index, start, end) ?? "";
  return packed.rows.map((row) => {
    const [id, kind, fields, status, anchorState, version, revision, start, end, exact, prefix, suffix, previousExact, note, evidence, author, lastEditedBy, decision, reuse, createdAt, updatedAt] =
      row;
    const length = index?.length ?? 0;
    return {
      kind,
      fields: unpackFields(kind, fields),
      id,
      articleId: packed.articleId,
      status,
      anchorState,
      version,
      revision,
      start,
      end,
      exact: fromText(exact, start, end),
      prefix: fromText(prefix, Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: fromText(suffix, end, Math.min(length, end + CONTEXT_LENGTH)),
      previousExact,
      note,
      evidence,
      author: person(author),
      lastEditedBy: person(lastEditedBy),
      lastDecision: decision ? { id: decision[0], action: decision[1], reason: decision[2], by: person(decision[3]), at: decision[4] } : null,
      reusedFrom: reuse ? { annotationId: reuse[0], articleId: reuse[1], articleTitle: reuse[2] } : null,
      createdAt,
      updatedAt: updatedAt ?? createdAt,
    } as AnnotationDto;
  });
}

/**
 * The packed annotations as one JSON text, to hand to the page as a single string: React's
 * payload then carries one string instead of walking (and, in the browser, reviving) every value
 * of thousands of rows; the browser reads it back with one native `JSON.parse`.
 */
export function packedAnnotationsToJson(packed: PackedAnnotations): string {
  return JSON.stringify(packed);
}

/** Reads back {@link packedAnnotationsToJson}'s text; throws on anything else. */
export function packedAnnotationsFromJson(json: string): PackedAnnotations {
  const value = JSON.parse(json) as Partial<PackedAnnotations> | null;
  if (!value || typeof value !== "object" || typeof value.articleId !== "string" || !Array.isArray(value.people) || !Array.isArray(value.rows)) {
    throw new Error("This is not packed annotations (expected articleId, people and rows)");
  }
  return value as PackedAnnotations;
}
