import type { DeskEventInput } from "../events/event-types";
import { can, type PolicyActor } from "../policy/policy";
import type { NotificationDraft, NotificationParams, NotificationType } from "./notification-types";

/**
 * Who is told about what: the one place notifications are derived from the event stream. Pure:
 * the data layer loads {@link NotificationFacts} for a change's events and inserts what
 * {@link notificationsForChange} returns, in the change's own transaction.
 */

/** What the rules need to know about the people and annotations a change touches. */
export type NotificationFacts = {
  /** Annotations the events are about. */
  annotations: ReadonlyMap<string, { authorId: string; exact: string }>;
  /** Per annotation: who wrote in its thread (any comment, this change's included). */
  threadParticipants: ReadonlyMap<string, readonly string[]>;
  /** Per annotation: who approved it at some point. */
  approvers: ReadonlyMap<string, readonly string[]>;
  /** Per article: who is assigned to review it. */
  reviewAssignees: ReadonlyMap<string, readonly string[]>;
  /** Per article: who is "on" it (authors of its annotations, people in its threads). */
  articleMembers: ReadonlyMap<string, readonly string[]>;
  /** Every possible recipient and the actor, with what the policy needs and a display name. */
  people: ReadonlyMap<string, PolicyActor & { name: string }>;
};

const QUOTE_LENGTH = 60;

/** A quote, shortened for a one-line notification. */
export function shortQuote(exact: string): string {
  const flat = exact.replace(/\s+/g, " ").trim();
  return `“${flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH - 1)}…` : flat}”`;
}

type Draft = Omit<NotificationDraft, "recipientId"> & { recipientIds: readonly string[] };

function nameOf(facts: NotificationFacts, id: string | null): string | undefined {
  return (id && facts.people.get(id)?.name) || undefined;
}

function quoteOf(facts: NotificationFacts, annotationId: string): string | undefined {
  const annotation = facts.annotations.get(annotationId);
  return annotation ? shortQuote(annotation.exact) : undefined;
}

/** Parameters without the parts that are unknown (a removed person, a deleted annotation). */
function paramsOf(params: NotificationParams): NotificationParams {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== "")) as NotificationParams;
}

const DECISIONS: Partial<Record<DeskEventInput["type"], { type: NotificationType; verb: string }>> = {
  "annotation.approved": { type: "annotation_approved", verb: "approved" },
  "annotation.rejected": { type: "annotation_rejected", verb: "rejected" },
  "annotation.changes_requested": { type: "annotation_changes_requested", verb: "sent back" },
};

/** Candidate notifications of one event, before the actor and unreadable recipients are removed. */
function draftsFor(event: DeskEventInput, facts: NotificationFacts, batch: readonly DeskEventInput[]): Draft[] {
  const actorName = nameOf(facts, event.actorId);
  const actor = actorName ?? "Someone";
  const quoted = (annotationId: string) => quoteOf(facts, annotationId) ?? "an annotation";
  const base = { actorId: event.actorId, articleId: event.articleId ?? "" };
  const decision = DECISIONS[event.type];
  if (decision && event.type !== "annotation.reanchored") {
    const annotation = facts.annotations.get(event.entityId);
    if (!annotation) return [];
    const after = (event.payload as { after?: { reason?: unknown } }).after;
    const reason = typeof after?.reason === "string" && after.reason ? after.reason : "";
    return [
      {
        ...base,
        type: decision.type,
        annotationId: event.entityId,
        recipientIds: [annotation.authorId],
        text: `${actor} ${decision.verb} your annotation ${quoted(event.entityId)}${reason ? `: ${reason}` : ""}`,
        params: paramsOf({ actor: actorName, quote: quoteOf(facts, event.entityId), reason }),
      },
    ];
  }
  switch (event.type) {
    case "annotation.submitted": {
      // One notification per article for a change that submits several annotations at once.
      const submitted = batch.filter((other) => other.type === "annotation.submitted" && other.articleId === event.articleId);
      if (submitted[0] !== event) return [];
      const what = submitted.length === 1 ? quoted(event.entityId) : `${submitted.length} annotations`;
      return [
        {
          ...base,
          type: "review_requested",
          annotationId: event.entityId,
          recipientIds: facts.reviewAssignees.get(event.articleId ?? "") ?? [],
          text: `${actor} submitted ${what} for review`,
          params: paramsOf({ actor: actorName, count: submitted.length, quote: submitted.length === 1 ? quoteOf(facts, event.entityId) : undefined }),
        },
      ];
    }
    case "article.assigned": {
      const { before, after } = event.payload;
      const had = new Set(before.assignees.map((one) => `${one.userId}/${one.role}`));
      const added = after.assignees.filter((one) => !had.has(`${one.userId}/${one.role}`));
      const due = after.dueAt ? `, due ${after.dueAt.slice(0, 10)}` : "";
      return (["annotate", "review"] as const).map((role) => ({
        ...base,
        type: "assigned" as const,
        annotationId: null,
        recipientIds: added.filter((one) => one.role === role).map((one) => one.userId),
        text: `${actor} assigned you to ${role} an article${due}`,
        params: paramsOf({ actor: actorName, role, due: after.dueAt?.slice(0, 10) }),
      }));
    }
    case "comment.added": {
      const { annotationId, mentions, decisionId } = event.payload.after as { annotationId: string; mentions?: unknown; decisionId?: unknown };
      const mentioned = Array.isArray(mentions) ? mentions.filter((id): id is string => typeof id === "string") : [];
      const quote = quoted(annotationId);
      const params = paramsOf({ actor: actorName, quote: quoteOf(facts, annotationId) });
      const drafts: Draft[] = [{ ...base, type: "mentioned", annotationId, recipientIds: mentioned, text: `${actor} mentioned you on ${quote}`, params }];
      // A change request's own comment is announced by the decision's notification.
      if (decisionId === undefined) {
        const annotation = facts.annotations.get(annotationId);
        const thread = [...(annotation ? [annotation.authorId] : []), ...(facts.threadParticipants.get(annotationId) ?? [])];
        drafts.push({ ...base, type: "thread_reply", annotationId, recipientIds: thread.filter((id) => !mentioned.includes(id)), text: `${actor} replied on ${quote}`, params });
      }
      return drafts;
    }
    case "annotation.reanchored": {
      const { before, after } = event.payload as { before: { status?: unknown }; after: { status?: unknown; result?: unknown } };
      if (before.status === "needs_rereview" || after.status !== "needs_rereview") return [];
      const what = after.result === "orphaned" ? "is no longer in the article: it needs re-attaching and a re-review" : "changed: it needs a re-review";
      return [
        {
          ...base,
          type: "rereview_needed",
          annotationId: event.entityId,
          recipientIds: facts.approvers.get(event.entityId) ?? [],
          text: `The text of ${quoted(event.entityId)}, which you approved, ${what}`,
          params: paramsOf({ quote: quoteOf(facts, event.entityId), result: after.result === "orphaned" ? "orphaned" : "changed" }),
        },
      ];
    }
    case "revision.saved": {
      const affected = batch.filter((other) => other.type === "annotation.reanchored" && other.articleId === event.articleId && ["changed", "orphaned"].includes(String(other.payload.after.result)));
      if (affected.length === 0) return [];
      const counts = ["changed", "orphaned"].map((result) => [result, affected.filter((other) => (other.payload as { after: { result: string } }).after.result === result).length] as const);
      const summary = counts
        .filter(([, count]) => count > 0)
        .map(([result, count]) => `${count} ${result}`)
        .join(", ");
      return [
        {
          ...base,
          type: "article_revised",
          annotationId: affected[0].entityId,
          recipientIds: facts.articleMembers.get(event.articleId ?? "") ?? [],
          text: `${actor} saved revision ${event.payload.after.revision}: ${summary} annotation${affected.length === 1 ? "" : "s"}`,
          params: paramsOf({ actor: actorName, revision: event.payload.after.revision, changed: counts[0][1], orphaned: counts[1][1] }),
        },
      ];
    }
    default:
      return [];
  }
}

/**
 * The notifications of one change (all its events): never to the person who acted, never to
 * anyone the policy does not let read the article (deactivated accounts included), one per
 * recipient, type and annotation.
 */
export function notificationsForChange(events: readonly DeskEventInput[], facts: NotificationFacts): NotificationDraft[] {
  const seen = new Set<string>();
  const notifications: NotificationDraft[] = [];
  for (const event of events) {
    if (!event.articleId) continue;
    for (const { recipientIds, ...draft } of draftsFor(event, facts, events)) {
      for (const recipientId of recipientIds) {
        if (recipientId === event.actorId) continue;
        const person = facts.people.get(recipientId);
        if (!person || !can(person, "article.read").ok) continue;
        const key = `${recipientId}\u0000${draft.type}\u0000${draft.annotationId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        notifications.push({ ...draft, recipientId });
      }
    }
  }
  return notifications;
}

/** Every user id the rules may need facts about for these events (actors and recipients). */
export function notificationSubjects(events: readonly DeskEventInput[]): {
  annotationIds: string[];
  revisedArticleIds: string[];
  submittedArticleIds: string[];
  mentionedIds: string[];
  assignedIds: string[];
} {
  const annotationIds = new Set<string>();
  const submittedArticleIds = new Set<string>();
  const revisedArticleIds = new Set<string>();
  const mentionedIds = new Set<string>();
  const assignedIds = new Set<string>();
  for (const event of events) {
    if (event.type === "article.assigned") {
      for (const one of event.payload.after.assignees) assignedIds.add(one.userId);
    } else if (event.type === "comment.added") {
      annotationIds.add(event.payload.after.annotationId);
      const mentions = (event.payload.after as { mentions?: unknown }).mentions;
      if (Array.isArray(mentions)) for (const id of mentions) if (typeof id === "string") mentionedIds.add(id);
    } else if ((event.type === "annotation.reanchored" && event.payload.after.status === "needs_rereview") || DECISIONS[event.type]) {
      annotationIds.add(event.entityId);
    } else if (event.type === "revision.saved" && event.articleId) {
      revisedArticleIds.add(event.articleId);
    } else if (event.type === "annotation.submitted" && event.articleId) {
      submittedArticleIds.add(event.articleId);
      annotationIds.add(event.entityId);
    }
  }
  return {
    annotationIds: [...annotationIds],
    revisedArticleIds: [...revisedArticleIds],
    submittedArticleIds: [...submittedArticleIds],
    mentionedIds: [...mentionedIds],
    assignedIds: [...assignedIds],
  };
}
