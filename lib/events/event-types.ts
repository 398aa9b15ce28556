import { z } from "zod";
import { REVIEW_STATUSES } from "../domain/review-statuses";
import { ROLES } from "../domain/roles";
import { ASSIGNMENT_ROLES, DESK_STATUSES } from "../domain/desk-statuses";

/**
 * The desk's typed event stream: every change of state is one event of one of these types, with a
 * payload validated on write. Events are the rows of the append-only audit trail; the history
 * view, the audit export and the live updates all read this one union.
 */

const json: z.ZodType<JsonValue> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));
/** Any JSON value (payload parts whose shape is the annotation's own, e.g. a snapshot of fields). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
const jsonRecord = z.record(z.string(), json);
const status = z.enum(REVIEW_STATUSES);
const assignee = z.object({ userId: z.string(), role: z.enum(ASSIGNMENT_ROLES) });
const assignmentState = z.object({ assignees: z.array(assignee), dueAt: z.string().nullable(), deskStatus: z.enum(DESK_STATUSES) });
const statusChange = z.object({ before: z.object({ status }), after: z.object({ status }).catchall(json) });

/** Payload schema of each event type. `before`/`after` are what changed, as the history shows it. */
export const EVENT_PAYLOADS = {
  "article.created": z.object({ after: z.object({ title: z.string(), source: z.string() }).catchall(json) }),
  "article.updated": z.object({ before: jsonRecord, after: jsonRecord }),
  /** Assignees, due date or desk status changed: the whole assignment state before and after. */
  "article.assigned": z.object({ before: assignmentState, after: assignmentState }),
  "revision.saved": z.object({
    before: z.object({ revision: z.number().int() }).catchall(json),
    after: z.object({ revision: z.number().int(), source: z.string() }).catchall(json),
  }),
  "annotation.created": z.object({ after: jsonRecord }),
  "annotation.updated": z.object({ before: jsonRecord, after: jsonRecord }),
  "annotation.deleted": z.object({ before: jsonRecord }),
  "annotation.submitted": statusChange,
  "annotation.approved": statusChange,
  "annotation.rejected": statusChange,
  "annotation.changes_requested": statusChange,
  "annotation.reopened": statusChange,
  /** A reviewer took back their decision within the undo window: the status goes back to what it was. */
  "annotation.decision_undone": z.object({
    before: z.object({ status }),
    after: z.object({ status, undoneDecisionId: z.string(), undoneStep: z.enum(["approve", "reject", "request_changes"]) }).catchall(json),
  }),
  "annotation.reattached": z.object({ before: jsonRecord, after: jsonRecord }),
  "annotation.reanchored": z.object({ before: jsonRecord, after: z.object({ result: z.string() }).catchall(json) }),
  /** A published claim's verdict or rationale corrected, with the public note (lib/server/corrections). */
  "annotation.corrected": z.object({ before: jsonRecord, after: z.object({ note: z.string(), correctionId: z.string() }).catchall(json) }),
  "suggestion.dismissed": z.object({
    after: z.object({ revision: z.number().int(), start: z.number().int(), end: z.number().int(), kind: z.string(), exact: z.string() }),
  }),
  "comment.added": z.object({
    // `mentions`: ids of the desk members mentioned in the comment (they are notified).
    after: z.object({ annotationId: z.string(), body: z.string(), mentions: z.array(z.string()).optional() }).catchall(json),
  }),
  "comment.edited": z.object({
    before: z.object({ annotationId: z.string(), body: z.string() }),
    after: z.object({ annotationId: z.string(), body: z.string() }),
  }),
  "user.created": z.object({ after: z.object({ email: z.string(), name: z.string(), role: z.enum(ROLES) }).catchall(json) }),
  "user.updated": z.object({ before: jsonRecord, after: jsonRecord }),
  "user.deactivated": z.object({ before: jsonRecord, after: jsonRecord }),
  "user.password_changed": z.object({}),
  "user.language_changed": z.object({ before: z.object({ locale: z.string().nullable() }), after: z.object({ locale: z.string().nullable() }) }),
  "token.created": z.object({ after: z.object({ name: z.string(), prefix: z.string() }) }),
  "token.revoked": z.object({}),
  /** Someone asked to archive an evidence URL again (after a failure, or evidence from before the archive). */
  "evidence.archive_requested": z.object({ after: z.object({ url: z.string() }) }),
  /** The first snapshot of an evidence URL was stored (kept for good). */
  "evidence.archived": z.object({
    after: z.object({ url: z.string(), snapshotId: z.string(), finalUrl: z.string(), httpStatus: z.number().int(), sha256: z.string() }),
  }),
  /** Archiving an evidence URL failed for good (blocked address, timeout after retries, too large, 404…). */
  "evidence.archive_failed": z.object({ after: z.object({ url: z.string(), snapshotId: z.string(), errorCode: z.string(), message: z.string() }) }),
  /** A link check re-fetched an evidence URL and compared it with the archive. */
  "evidence.checked": z.object({
    before: z.object({ linkState: z.string().nullable() }),
    after: z.object({ url: z.string(), snapshotId: z.string(), linkState: z.enum(["ok", "changed", "dead"]), sha256: z.string().nullable() }),
  }),
  /** Someone asked to check every evidence link of an article. */
  "article.links_check_requested": z.object({ after: z.object({ evidenceCount: z.number().int() }) }),
} as const;

/** One of the event types, e.g. `annotation.approved`. */
export type EventType = keyof typeof EVENT_PAYLOADS;
export const EVENT_TYPES = Object.keys(EVENT_PAYLOADS) as EventType[];

/** What an event is about. */
export type EntityType = "article" | "annotation" | "comment" | "user" | "api_token" | "evidence";

/** The entity type each event type is about. */
export const EVENT_ENTITY: Record<EventType, EntityType> = {
  "article.created": "article",
  "article.updated": "article",
  "article.assigned": "article",
  "revision.saved": "article",
  "annotation.created": "annotation",
  "annotation.updated": "annotation",
  "annotation.deleted": "annotation",
  "annotation.submitted": "annotation",
  "annotation.approved": "annotation",
  "annotation.rejected": "annotation",
  "annotation.changes_requested": "annotation",
  "annotation.reopened": "annotation",
  "annotation.decision_undone": "annotation",
  "annotation.reattached": "annotation",
  "annotation.reanchored": "annotation",
  "annotation.corrected": "annotation",
  "suggestion.dismissed": "article",
  "comment.added": "comment",
  "comment.edited": "comment",
  "user.created": "user",
  "user.updated": "user",
  "user.deactivated": "user",
  "user.password_changed": "user",
  "user.language_changed": "user",
  "token.created": "api_token",
  "token.revoked": "api_token",
  "evidence.archive_requested": "evidence",
  "evidence.archived": "evidence",
  "evidence.archive_failed": "evidence",
  "evidence.checked": "evidence",
  "article.links_check_requested": "article",
};

/** An event as a use case writes it (the stream assigns its position and time). */
export type DeskEventInput = {
  [T in EventType]: {
    type: T;
    actorId: string | null;
    entityId: string;
    /** The article it belongs to, for article-scoped streams (null for users and tokens). */
    articleId: string | null;
    payload: z.infer<(typeof EVENT_PAYLOADS)[T]>;
  };
}[EventType];

/** An event as stored: with its position in the stream (commit order) and time. */
export type DeskEvent = DeskEventInput & { position: string; at: string };

/** Narrows an event to one type, for consumers that switch on `type`. */
export type DeskEventOf<T extends EventType> = Extract<DeskEvent, { type: T }>;

/** Checks an event before it is written; returns a message naming the problem, or null. */
export function eventProblem(event: { type: string; payload: unknown }): string | null {
  const schema = (EVENT_PAYLOADS as Record<string, z.ZodType>)[event.type];
  if (!schema) return `Unknown event type "${event.type}"`;
  const parsed = schema.safeParse(event.payload);
  if (parsed.success) return null;
  return `Invalid payload for ${event.type}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "payload"} ${issue.message}`).join("; ")}`;
}

const LEGACY_TYPES: Record<string, EventType> = {
  "annotation/create": "annotation.created",
  "annotation/edit": "annotation.updated",
  "annotation/delete": "annotation.deleted",
  "annotation/submit": "annotation.submitted",
  "annotation/approve": "annotation.approved",
  "annotation/reject": "annotation.rejected",
  "annotation/request_changes": "annotation.changes_requested",
  "annotation/reopen": "annotation.reopened",
  "annotation/undo_decision": "annotation.decision_undone",
  "annotation/reattach": "annotation.reattached",
  "annotation/reanchor": "annotation.reanchored",
  "annotation/correct": "annotation.corrected",
  "comment/comment": "comment.added",
  "comment/comment_edit": "comment.edited",
  "article/create": "article.created",
  "article/update": "article.updated",
  "article/revise": "revision.saved",
  "article/dismiss_suggestion": "suggestion.dismissed",
  "article/assign": "article.assigned",
  "user/create": "user.created",
  "user/edit": "user.updated",
  "user/deactivate": "user.deactivated",
  "user/change_password": "user.password_changed",
  "user/change_language": "user.language_changed",
  "api_token/create": "token.created",
  "api_token/revoke": "token.revoked",
  "evidence/archive_request": "evidence.archive_requested",
  "evidence/archive": "evidence.archived",
  "evidence/archive_fail": "evidence.archive_failed",
  "evidence/check": "evidence.checked",
  "article/check_links": "article.links_check_requested",
};

/** The event type of an audit row written before events were typed (`entityType` + `action`). */
export function legacyEventType(entityType: string, action: string): string {
  return LEGACY_TYPES[`${entityType}/${action}`] ?? `${entityType}.${action}`;
}

const LEGACY_ACTIONS = Object.fromEntries(Object.entries(LEGACY_TYPES).map(([key, type]) => [type, key.split("/")[1]])) as Record<EventType, string>;

/** The `action` column older readers of the audit trail know an event type by (`approve`, `comment`, …). */
export function legacyAction(type: EventType): string {
  return LEGACY_ACTIONS[type];
}
