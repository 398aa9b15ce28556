import { randomUUID } from "node:crypto";
import type { AppPrismaClient } from "../lib/db/create-prisma-client";
import { VERDICTS, type Verdict } from "../lib/domain/verdicts";
import { EVENT_ENTITY, legacyAction, type EventType } from "../lib/events/event-types";

/**
 * A desk history with known dashboard figures, written straight into the tables with fixed
 * times (the event stream is append-only, so it can't be backdated through the use cases).
 * `seedDashboardHistory` writes the flows of three days `day0`…`day0+2` (plus events the day
 * before and after, which must not count); `seedOpenItems` writes items awaiting review now.
 * The expected figures are spelled out in dashboard-api.int.test.ts and e2e/dashboard.spec.ts.
 */

type Step = { at: Date; type: EventType; actorId: string; from?: string; to?: string };
type Kind = "claim" | "quote" | "allegation";
type Status = "draft" | "submitted" | "approved" | "changes_requested" | "rejected" | "needs_rereview";

const HOUR = 3_600_000;

/** `day` (YYYY-MM-DD) plus `days` days and `hours` hours, in UTC. */
export function utc(day: string, days: number, hours: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 24 * HOUR + hours * HOUR);
}

const DECISION_ACTIONS: Partial<Record<EventType, "submit" | "approve" | "reject" | "request_changes">> = {
  "annotation.submitted": "submit",
  "annotation.approved": "approve",
  "annotation.rejected": "reject",
  "annotation.changes_requested": "request_changes",
};

type Desk = { db: AppPrismaClient; articleId: string; revisionId: string };

/** Writes one annotation with its events (in time order) and review decisions; returns its id. */
async function story(
  desk: Desk,
  spec: { kind: Kind; verdict?: Verdict; authorId: string; status: Status; submittedAt: Date | null; deleted?: Date; articleId?: string },
  steps: Step[],
): Promise<string> {
  const { db } = desk;
  const articleId = spec.articleId ?? desk.articleId;
  const created = steps[0]?.at ?? spec.submittedAt ?? new Date();
  const annotation = await db.annotation.create({
    data: {
      articleId,
      revisionId: desk.revisionId,
      kind: spec.kind,
      verdict: spec.kind === "claim" ? (spec.verdict ?? "unverified") : null,
      start: 0,
      end: 4,
      exact: "Text",
      prefix: "",
      suffix: " of the article",
      status: spec.status,
      authorId: spec.authorId,
      lastEditedById: spec.authorId,
      createdAt: created,
      submittedAt: spec.submittedAt,
      deletedAt: spec.deleted ?? null,
      deletedById: spec.deleted ? spec.authorId : null,
    },
    select: { id: true },
  });
  let lastDecisionId: string | null = null;
  for (const step of steps) {
    const before = step.type === "annotation.created" ? null : { status: step.from ?? "draft" };
    const after = step.type === "annotation.deleted" ? null : { status: step.to ?? "draft" };
    await db.$executeRaw`
      INSERT INTO "AuditEvent" ("at", "actorId", "entityType", "entityId", "articleId", "action", "type", "before", "after")
      VALUES (${step.at}, ${step.actorId}, ${EVENT_ENTITY[step.type]}, ${annotation.id}, ${articleId}, ${legacyAction(step.type)}, ${step.type},
        ${before === null ? null : JSON.stringify(before)}::jsonb, ${after === null ? null : JSON.stringify(after)}::jsonb)`;
    const action = DECISION_ACTIONS[step.type];
    if (!action) continue;
    const decision = await db.reviewDecision.create({
      data: {
        annotationId: annotation.id,
        actorId: step.actorId,
        action,
        fromStatus: (step.from ?? "draft") as Status,
        toStatus: (step.to ?? "submitted") as Status,
        revisionId: desk.revisionId,
        exact: "Text",
        createdAt: step.at,
      },
      select: { id: true },
    });
    if (action !== "submit") lastDecisionId = decision.id;
  }
  if (lastDecisionId) await db.annotation.update({ where: { id: annotation.id }, data: { lastDecisionId } });
  return annotation.id;
}

async function article(db: AppPrismaClient, createdById: string, title: string, deleted = false): Promise<Desk> {
  const created = await db.article.create({
    data: {
      title,
      createdById,
      deletedAt: deleted ? new Date() : null,
      revisions: { create: { number: 1, doc: { type: "doc", content: [] }, text: "Text of the article", source: "text", createdById } },
    },
    select: { id: true, revisions: { select: { id: true } } },
  });
  return { db, articleId: created.id, revisionId: created.revisions[0].id };
}

export type DashboardPeople = { editorId: string; adminId: string; reviewer1Id: string; reviewer2Id: string };

const created = (at: Date, actorId: string): Step => ({ at, type: "annotation.created", actorId, to: "draft" });
const submitted = (at: Date, actorId: string, from = "draft"): Step => ({ at, type: "annotation.submitted", actorId, from, to: "submitted" });
const approved = (at: Date, actorId: string, from = "submitted"): Step => ({ at, type: "annotation.approved", actorId, from, to: "approved" });

/**
 * The flows of days `day0`, `day0+1`, `day0+2` (UTC). Known answers (UTC):
 * created 3/1/1, submitted 3/2/1, decided 2/2/9 (approved 1/1/9, rejected 1/0/0, changes requested
 * 0/1/0); hours to decision per day: median 7, 12.5, 65 and p90 11, 21.7, 68.2; overall 13
 * decisions, median 226800 s, p90 244080 s; approved claims by verdict: true 2, false 2, every
 * other verdict 1 except misleading 1 (its second approved claim was deleted): see the test.
 */
export async function seedDashboardHistory(db: AppPrismaClient, day0: string, people: DashboardPeople): Promise<void> {
  const desk = await article(db, people.editorId, `Dashboard history ${day0} ${randomUUID().slice(0, 6)}`);
  const { editorId: E, adminId: A, reviewer1Id: R1, reviewer2Id: R2 } = people;
  const t = (days: number, hours: number) => utc(day0, days, hours);

  // a1: claim (true), submitted day 0 10:00, approved 12:00 by R1 (2 h).
  await story(desk, { kind: "claim", verdict: "true", authorId: E, status: "approved", submittedAt: t(0, 10) }, [created(t(0, 9), E), submitted(t(0, 10), E), approved(t(0, 12), R1)]);
  // a2: claim (false), sent back after 24 h by R2, resubmitted day 1 14:00, approved 15:00 by R1 (1 h from the resubmission).
  await story(desk, { kind: "claim", verdict: "false", authorId: E, status: "approved", submittedAt: t(1, 14) }, [
    created(t(0, 9.5), E),
    submitted(t(0, 10), E),
    { at: t(1, 10), type: "annotation.changes_requested", actorId: R2, from: "submitted", to: "changes_requested" },
    submitted(t(1, 14), E, "changes_requested"),
    approved(t(1, 15), R1),
  ]);
  // a3: claim (mixed) created and submitted the day before (not counted), rejected day 0 08:00 by R2 (12 h).
  await story(desk, { kind: "claim", verdict: "mixed", authorId: E, status: "rejected", submittedAt: t(-1, 20) }, [
    created(t(-1, 8), E),
    submitted(t(-1, 20), E),
    { at: t(0, 8), type: "annotation.rejected", actorId: R2, from: "submitted", to: "rejected" },
  ]);
  // a4: a quote by the admin, submitted day 1 09:00, approved day 2 11:00 by R2 (26 h).
  await story(desk, { kind: "quote", authorId: A, status: "approved", submittedAt: t(1, 9) }, [created(t(1, 9), A), submitted(t(1, 9), A), approved(t(2, 11), R2)]);
  // a5: claim submitted day 0 11:30, approved the day after the range (not counted, nor its verdict).
  await story(desk, { kind: "claim", verdict: "unverified", authorId: E, status: "approved", submittedAt: t(0, 11.5) }, [created(t(0, 11), E), submitted(t(0, 11.5), E), approved(t(3, 10), R1)]);
  // a7: claim (misleading) approved day 2 10:00 by R1 (1.5 h), then deleted: counted in flows, not in verdicts.
  await story(desk, { kind: "claim", verdict: "misleading", authorId: E, status: "approved", submittedAt: t(2, 8.5), deleted: t(2, 12) }, [
    created(t(2, 8), E),
    submitted(t(2, 8.5), E),
    approved(t(2, 10), R1),
    { at: t(2, 12), type: "annotation.deleted", actorId: E },
  ]);
  // b0…b6: one claim per verdict, submitted the day before at 10:00 + i h, approved day 2 07:00 by R2 ((69 − i) h).
  for (const [i, verdict] of VERDICTS.entries()) {
    await story(desk, { kind: "claim", verdict, authorId: E, status: "approved", submittedAt: t(-1, 10 + i) }, [created(t(-1, 9), E), submitted(t(-1, 10 + i), E), approved(t(2, 7), R2)]);
  }
}

/**
 * Items awaiting review now, one per age bucket (waiting since the latest time each entered
 * review): under 1 day, 1–3 days, 3–7 days (needs re-review after a revision 5 days ago, though
 * first submitted 20 days ago), 7–14 days (resubmitted 10 days ago), 14 days or more (no events:
 * a row from before the event stream); plus items that must not count (on a deleted article,
 * deleted, a draft, sent back).
 */
export async function seedOpenItems(db: AppPrismaClient, people: DashboardPeople, now = Date.now()): Promise<void> {
  const desk = await article(db, people.editorId, `Dashboard open items ${randomUUID().slice(0, 6)}`);
  const gone = await article(db, people.editorId, `Dashboard deleted article ${randomUUID().slice(0, 6)}`, true);
  const E = people.editorId;
  const ago = (days: number) => new Date(now - days * 24 * HOUR);
  await story(desk, { kind: "claim", authorId: E, status: "submitted", submittedAt: ago(2 / 24) }, [created(ago(3 / 24), E), submitted(ago(2 / 24), E)]);
  await story(desk, { kind: "quote", authorId: E, status: "submitted", submittedAt: ago(2) }, [created(ago(2.1), E), submitted(ago(2), E)]);
  await story(desk, { kind: "claim", authorId: E, status: "needs_rereview", submittedAt: ago(20) }, [
    created(ago(21), E),
    submitted(ago(20), E),
    approved(ago(19), people.reviewer1Id),
    { at: ago(5), type: "annotation.reanchored", actorId: E, from: "approved", to: "needs_rereview" },
  ]);
  await story(desk, { kind: "allegation", authorId: E, status: "submitted", submittedAt: ago(10) }, [
    created(ago(26), E),
    submitted(ago(25), E),
    { at: ago(24), type: "annotation.changes_requested", actorId: people.reviewer2Id, from: "submitted", to: "changes_requested" },
    submitted(ago(10), E, "changes_requested"),
  ]);
  await story(desk, { kind: "claim", authorId: E, status: "submitted", submittedAt: ago(30) }, []);
  await story(gone, { kind: "claim", authorId: E, status: "submitted", submittedAt: ago(1) }, [submitted(ago(1), E)]);
  await story(desk, { kind: "claim", authorId: E, status: "submitted", submittedAt: ago(1), deleted: ago(0.5) }, [submitted(ago(1), E)]);
  await story(desk, { kind: "claim", authorId: E, status: "draft", submittedAt: null }, [created(ago(1), E)]);
  await story(desk, { kind: "claim", authorId: E, status: "changes_requested", submittedAt: ago(3) }, [submitted(ago(3), E)]);
}
