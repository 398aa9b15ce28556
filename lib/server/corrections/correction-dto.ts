import "server-only";
import type { CorrectionDto } from "@/lib/dto/correction-dto";
import type { Prisma } from "@/lib/server/db/generated/client";

export const correctionSelect = {
  id: true,
  articleId: true,
  annotationId: true,
  verdictBefore: true,
  verdictAfter: true,
  rationaleBefore: true,
  rationaleAfter: true,
  note: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
  annotation: { select: { exact: true } },
} as const satisfies Prisma.CorrectionSelect;

type CorrectionRow = Prisma.CorrectionGetPayload<{ select: typeof correctionSelect }>;

export function toCorrectionDto(row: CorrectionRow): CorrectionDto {
  return {
    id: row.id,
    articleId: row.articleId,
    annotationId: row.annotationId,
    exact: row.annotation.exact,
    verdictBefore: row.verdictBefore,
    verdictAfter: row.verdictAfter,
    rationaleBefore: row.rationaleBefore,
    rationaleAfter: row.rationaleAfter,
    note: row.note,
    by: row.author,
    at: row.createdAt.toISOString(),
  };
}
