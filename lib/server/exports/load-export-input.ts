import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import type { ExportAnnotation, ExportCorrection, ExportEvidence, ExportInput } from "@/lib/export/export-types";
import { kindColumnSelect } from "@/lib/server/annotations/annotation-columns";
import { evidenceWithArchive, exportEvidenceSelect } from "./export-evidence";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { toIsoDate } from "@/lib/server/dates";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/prisma";

/** What reads an export: the app's client, a transaction, or a report worker's own client. */
export type ExportReader = Prisma.TransactionClient;
import { notFound, ok, type Result } from "@/lib/server/errors";

/** How an export is made: approved only or everything, and the origin its links point to. */
export type ExportOptions = {
  includeAll: boolean;
  /** Origin of this Factdesk, e.g. `https://factdesk.example.org` (no trailing slash needed). */
  baseUrl: string;
  /** When the export is made (defaults to now; tests pin it). */
  generatedAt?: Date;
};

const exportAnnotationSelect = {
  id: true,
  kind: true,
  status: true,
  anchorState: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  note: true,
  createdAt: true,
  updatedAt: true,
  authorId: true,
  ...kindColumnSelect,
} as const satisfies Prisma.AnnotationSelect;

type ExportAnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof exportAnnotationSelect }>;

type Person = { id: string; name: string };
type Decision = { reviewer: Person; decidedAt: string };

/** What one annotation row is joined with (looked up in maps, never queried per row). */
type Related = { author: Person; evidence: ExportEvidence[]; decision: Decision | undefined; corrections?: ExportCorrection[] };

/** Row → the serialisers' shape, with the kind's fields typed by its kind. */
function toExportAnnotation(row: ExportAnnotationRow, { author, evidence, decision, corrections }: Related): ExportAnnotation {
  const base = {
    id: row.id,
    status: row.status,
    anchorState: row.anchorState,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    note: row.note,
    evidence,
    author,
    reviewer: decision?.reviewer ?? null,
    decidedAt: decision?.decidedAt ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  switch (row.kind) {
    case "claim":
      return { ...base, corrections: corrections ?? [], kind: "claim", fields: { claimant: row.claimant ?? "", verdict: row.verdict ?? "unverified", rationale: row.rationale ?? "" } };
    case "quote":
      return {
        ...base,
        kind: "quote",
        fields: { speaker: row.speaker ?? "", saidWhere: row.saidWhere ?? "", saidOn: toIsoDate(row.saidOn), wordingVerified: row.wordingVerified ?? false },
      };
    case "allegation":
      return {
        ...base,
        kind: "allegation",
        fields: {
          allegedBy: row.allegedBy ?? "",
          allegedAgainst: row.allegedAgainst ?? "",
          rightOfReplySought: row.rightOfReplySought ?? false,
          rightOfReplySoughtOn: toIsoDate(row.rightOfReplySoughtOn),
        },
      };
  }
}

/**
 * The latest decision (approve / reject / request changes) on each annotation of the article, in
 * one query: PostgreSQL's `DISTINCT ON` keeps the newest row per annotation, using the
 * `(annotationId, createdAt)` index.
 */
async function latestDecisions(client: ExportReader, articleId: string, approvedOnly: boolean): Promise<Map<string, Decision>> {
  const rows = await client.$queryRaw<{ annotationId: string; createdAt: Date; actorId: string; actorName: string }[]>`
    SELECT DISTINCT ON (d."annotationId") d."annotationId", d."createdAt", u."id" AS "actorId", u."name" AS "actorName"
    FROM "ReviewDecision" d
    JOIN "Annotation" a ON a."id" = d."annotationId"
    JOIN "User" u ON u."id" = d."actorId"
    WHERE a."articleId" = ${articleId}
      AND a."deletedAt" IS NULL
      AND (${!approvedOnly} OR a."status" = 'approved')
      AND d."action"::text IN ('approve', 'reject', 'request_changes')
    ORDER BY d."annotationId", d."createdAt" DESC, d."id" DESC`;
  return new Map(rows.map((row) => [row.annotationId, { reviewer: { id: row.actorId, name: row.actorName }, decidedAt: new Date(row.createdAt).toISOString() }]));
}

/** The article's corrections log, by annotation, oldest first. */
async function correctionsByAnnotation(client: ExportReader, articleId: string): Promise<Map<string, ExportCorrection[]>> {
  const rows = await client.correction.findMany({
    where: { articleId },
    select: { annotationId: true, createdAt: true, note: true, verdictBefore: true, verdictAfter: true, rationaleBefore: true, rationaleAfter: true, author: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const grouped = new Map<string, ExportCorrection[]>();
  for (const { annotationId, createdAt, author, ...entry } of rows) {
    const item = { ...entry, at: createdAt.toISOString(), by: author };
    grouped.set(annotationId, [...(grouped.get(annotationId) ?? []), item]);
  }
  return grouped;
}

/** Evidence items of the exported annotations, grouped by annotation, in their order. */
async function evidenceByAnnotation(client: ExportReader, articleId: string, approvedOnly: boolean): Promise<Map<string, ExportEvidence[]>> {
  const rows = await client.evidence.findMany({
    where: { annotation: { articleId, deletedAt: null, ...(approvedOnly ? { status: "approved" as const } : {}) } },
    select: exportEvidenceSelect,
    orderBy: [{ annotationId: "asc" }, { position: "asc" }],
  });
  const grouped = new Map<string, ExportEvidence[]>();
  for (const row of rows) {
    const item = evidenceWithArchive(row);
    const list = grouped.get(row.annotationId);
    if (list) list.push(item);
    else grouped.set(row.annotationId, [item]);
  }
  return grouped;
}

/**
 * What one authorised export reads, decided by {@link resolveExportScope} on the request thread
 * (the actor's right to export, the article found and not deleted, approved-only or all) and read
 * by {@link readExportInput} wherever the rendering runs: a report worker gets this, never the
 * actor, and reads nothing else. Plain data, so it crosses to a worker as it is.
 */
export type ExportScope = {
  articleId: string;
  approvedOnly: boolean;
  baseUrl: string;
  /** ISO time the export is stamped with. */
  generatedAt: string;
  organisation: { name: string; url: string };
  /** Characters of the current revision's text (PostgreSQL's count, in code points): large reports render off the request thread. */
  textLength: number;
};

/**
 * Checks that `actor` may export and that the article exists (not deleted), and fixes what the
 * export covers, reading only the article's id and its text's length (never the text).
 */
export async function resolveExportScope(actor: Actor, articleId: string, options: ExportOptions): Promise<Result<ExportScope>> {
  const allowed = can(actor, "article.export");
  if (!allowed.ok) return refusedBy(allowed);
  const [found] = await db().$queryRaw<{ textLength: number }[]>`
    SELECT char_length(r."text")::int AS "textLength"
    FROM "Article" a
    JOIN "ArticleRevision" r ON r."articleId" = a."id" AND r."number" = a."currentRevision"
    WHERE a."id" = ${articleId} AND a."deletedAt" IS NULL`;
  if (!found) return notFound("Article");
  const config = getAppConfig();
  return ok({
    articleId,
    approvedOnly: !options.includeAll,
    baseUrl: options.baseUrl,
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    organisation: { name: config.FACTDESK_ORGANISATION_NAME, url: config.FACTDESK_ORGANISATION_URL },
    textLength: found.textLength,
  });
}

/**
 * Everything an export of one article needs, as the serialisers' plain input: the article's
 * metadata, its current revision's text, and its non-deleted annotations (only the approved ones
 * unless `includeAll`) with evidence, author and the reviewer and date of the latest decision.
 * A fixed number of queries whatever the number of annotations (article; then revision,
 * annotations, evidence and decisions in parallel; then the authors), joined here through maps:
 * 5,000 annotations load in well under a second. Every signed-in member of the desk may read
 * articles, so every role may export; a missing or deleted article is `not_found`.
 */
export async function loadExportInput(actor: Actor, articleId: string, options: ExportOptions): Promise<Result<ExportInput>> {
  const scope = await resolveExportScope(actor, articleId, options);
  if (!scope.ok) return scope;
  return readExportInput(db(), scope.value);
}

/**
 * Reads what `scope` covers with `client` (the app's, or a report worker's own connection):
 * no authorisation here, `scope` was decided by {@link resolveExportScope}. An article deleted
 * since is `not_found`. Run it in one REPEATABLE READ transaction for a consistent snapshot.
 */
export async function readExportInput(client: ExportReader, scope: ExportScope): Promise<Result<ExportInput>> {
  const { articleId, approvedOnly } = scope;
  const article = await client.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, title: true, outlet: true, byline: true, url: true, publishedOn: true, currentRevision: true },
  });
  if (!article) return notFound("Article");
  const [revision, rows, evidence, decisions, corrections] = await Promise.all([
    client.articleRevision.findUnique({
      where: { articleId_number: { articleId, number: article.currentRevision } },
      select: { number: true, createdAt: true, text: true },
    }),
    client.annotation.findMany({
      where: { articleId, deletedAt: null, ...(approvedOnly ? { status: "approved" as const } : {}) },
      select: exportAnnotationSelect,
      orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }],
    }),
    evidenceByAnnotation(client, articleId, approvedOnly),
    latestDecisions(client, articleId, approvedOnly),
    correctionsByAnnotation(client, articleId),
  ]);
  if (!revision) return notFound("Article");
  const authorIds = [...new Set(rows.map((row) => row.authorId))];
  const authors = new Map<string, Person>(
    authorIds.length === 0 ? [] : (await client.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((user) => [user.id, user]),
  );
  return ok({
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      byline: article.byline,
      url: article.url,
      publishedOn: toIsoDate(article.publishedOn),
      revision: { number: revision.number, createdAt: revision.createdAt.toISOString() },
      text: revision.text,
    },
    annotations: rows.map((row) =>
      toExportAnnotation(row, {
        author: authors.get(row.authorId) ?? { id: row.authorId, name: "" },
        evidence: evidence.get(row.id) ?? [],
        corrections: corrections.get(row.id),
        decision: decisions.get(row.id),
      }),
    ),
    context: {
      baseUrl: scope.baseUrl,
      organisation: scope.organisation,
      generatedAt: scope.generatedAt,
      includeAll: !approvedOnly,
    },
  });
}
