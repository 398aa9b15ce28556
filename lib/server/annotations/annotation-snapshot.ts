import type { Prisma } from "@/lib/server/db/generated/client";
import type { AnnotationDto } from "./annotation-dto";

/** What the audit trail records of an annotation's content (flat keys, for field-level diffs). */
export function annotationSnapshot(dto: Pick<AnnotationDto, "kind" | "start" | "end" | "exact" | "fields" | "note" | "evidence">): Record<string, Prisma.InputJsonValue | null> {
  const snapshot: Record<string, Prisma.InputJsonValue | null> = { kind: dto.kind, start: dto.start, end: dto.end, exact: dto.exact, note: dto.note };
  for (const [key, value] of Object.entries(dto.fields)) snapshot[`fields.${key}`] = value as Prisma.InputJsonValue | null;
  snapshot.evidence = dto.evidence as unknown as Prisma.InputJsonValue;
  return snapshot;
}

/** The keys whose values differ between two snapshots, with their before and after values. */
export function diffSnapshots(
  before: Record<string, Prisma.InputJsonValue | null>,
  after: Record<string, Prisma.InputJsonValue | null>,
): { before: Record<string, Prisma.InputJsonValue | null>; after: Record<string, Prisma.InputJsonValue | null>; changed: string[] } {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changed = keys.filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
  return {
    changed,
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}
