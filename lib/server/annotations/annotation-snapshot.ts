import type { JsonValue } from "@/lib/events/event-types";
import type { AnnotationDto } from "./annotation-dto";

/** What the audit trail records of an annotation's content (flat keys, for field-level diffs). */
export function annotationSnapshot(dto: Pick<AnnotationDto, "kind" | "start" | "end" | "exact" | "fields" | "note" | "evidence">): Record<string, JsonValue> {
  const snapshot: Record<string, JsonValue> = { kind: dto.kind, start: dto.start, end: dto.end, exact: dto.exact, note: dto.note };
  for (const [key, value] of Object.entries(dto.fields)) snapshot[`fields.${key}`] = value as JsonValue;
  snapshot.evidence = dto.evidence as unknown as JsonValue;
  return snapshot;
}

/** The keys whose values differ between two snapshots, with their before and after values. */
export function diffSnapshots(before: Record<string, JsonValue>, after: Record<string, JsonValue>): { before: Record<string, JsonValue>; after: Record<string, JsonValue>; changed: string[] } {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changed = keys.filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
  return {
    changed,
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}
