import type { ArticleMetadataDto } from "@/lib/dto/article-dto";
import type { Prisma } from "@/lib/server/db/generated/client";
import { toIsoDate } from "@/lib/server/dates";

export type { ArticleDetailDto, ArticleMetadataDto, ArticleSummaryDto, AssigneeDto } from "@/lib/dto/article-dto";

export const articleMetadataSelect = {
  id: true,
  title: true,
  outlet: true,
  byline: true,
  url: true,
  publishedOn: true,
  createdAt: true,
  updatedAt: true,
  currentRevision: true,
  deskStatus: true,
  dueAt: true,
  assignments: { select: { role: true, user: { select: { id: true, name: true } } }, orderBy: [{ role: "asc" }, { user: { name: "asc" } }] },
} as const satisfies Prisma.ArticleSelect;

/** An Article row as `articleMetadataSelect` reads it. */
export type ArticleMetadataRow = Prisma.ArticleGetPayload<{ select: typeof articleMetadataSelect }>;

export function toArticleMetadataDto(row: ArticleMetadataRow): ArticleMetadataDto {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    url: row.url,
    publishedOn: toIsoDate(row.publishedOn),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    currentRevision: row.currentRevision,
    deskStatus: row.deskStatus,
    dueAt: row.dueAt?.toISOString() ?? null,
    assignees: row.assignments.map((assignment) => ({ userId: assignment.user.id, name: assignment.user.name, role: assignment.role })),
  };
}
