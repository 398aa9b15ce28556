import type { AppPrismaClient } from "../lib/db/create-prisma-client";
import { dayInTimeZone, addDays } from "../lib/dashboard/day-range";
import { percentileCont } from "../lib/dashboard/percentiles";

const ACTIVITY = ["annotation.created", "annotation.submitted", "annotation.approved", "annotation.rejected", "annotation.changes_requested"];
const DECISIONS = new Set(["annotation.approved", "annotation.rejected", "annotation.changes_requested"]);
const CHUNK = 5_000;

/**
 * The baseline: the same figures computed the straightforward way, reading rows into the app
 * (the range's events, the event histories of the decided annotations, the open annotations and
 * the approved claims) and counting in JavaScript.
 */
export async function naiveDashboard(db: AppPrismaClient, w: { from: string; to: string; timeZone: string }) {
  const start = new Date(`${w.from}T00:00:00Z`);
  const end = new Date(`${addDays(w.to, 1)}T00:00:00Z`);
  const events = await db.auditEvent.findMany({ where: { type: { in: ACTIVITY }, at: { gte: start, lt: end } }, select: { id: true, at: true, type: true, actorId: true, entityId: true } });
  const perDay = new Map<string, number>();
  const perPerson = new Map<string, number>();
  for (const event of events) {
    const key = `${dayInTimeZone(event.at, w.timeZone)} ${event.type}`;
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
    perPerson.set(`${event.actorId} ${event.type}`, (perPerson.get(`${event.actorId} ${event.type}`) ?? 0) + 1);
  }
  const decisions = events.filter((event) => DECISIONS.has(event.type));
  const ids = [...new Set(decisions.map((event) => event.entityId))];
  const entries = new Map<string, { id: bigint; at: Date }[]>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.auditEvent.findMany({
      where: { entityType: "annotation", entityId: { in: ids.slice(i, i + CHUNK) }, type: "annotation.submitted" },
      select: { id: true, at: true, entityId: true },
    });
    for (const row of rows) entries.set(row.entityId, [...(entries.get(row.entityId) ?? []), row]);
  }
  const seconds = decisions.flatMap((decision) => {
    const entered = (entries.get(decision.entityId) ?? []).filter((entry) => entry.id < decision.id).at(-1);
    return entered ? [(decision.at.getTime() - entered.at.getTime()) / 1000] : [];
  });
  const open = await db.annotation.findMany({ where: { status: { in: ["submitted", "needs_rereview"] }, deletedAt: null, article: { deletedAt: null } }, select: { status: true, submittedAt: true } });
  const approved = await db.annotation.findMany({ where: { kind: "claim", status: "approved", deletedAt: null, lastDecision: { createdAt: { gte: start, lt: end } } }, select: { verdict: true } });
  return { perDay, perPerson, median: percentileCont(seconds, 0.5), p90: percentileCont(seconds, 0.9), open: open.length, approved: approved.length };
}
