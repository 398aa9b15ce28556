import "server-only";
import { parsePosition, type LiveScope } from "@/lib/live/live-event";
import { can, policyActorOf } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { eventStreamBody } from "./event-stream-response";
import { liveHub } from "./live-hub-instance";

export type OpenLiveStreamRequest = {
  /** One article's stream; the desk-wide stream (queue, lists) when absent. */
  articleId?: string;
  /** `Last-Event-ID` header, else the `after` query (the position the page was rendered at). */
  lastEventId: string | null;
  after?: string;
  /** Only the actor's inbox signals, no changes and no presence. */
  inboxOnly?: boolean;
  signal?: AbortSignal;
};

/**
 * Opens a live stream of the changes `actor` may see: one article's, or the whole desk's. The
 * hub re-checks the viewer's account while the stream is open and closes it on deactivation.
 */
export async function openLiveStream(actor: Actor, request: OpenLiveStreamRequest): Promise<Result<ReadableStream<Uint8Array>>> {
  const viewer = policyActorOf(actor);
  const decision = can(viewer, "article.read");
  if (!decision.ok) return fail("forbidden", decision.message);
  if (request.inboxOnly) return ok(eventStreamBody(liveHub(), { viewer, scope: { kind: "inbox" }, after: null, signal: request.signal, presence: false }));
  let scope: LiveScope = { kind: "desk" };
  if (request.articleId) {
    const article = await db().article.findFirst({ where: { id: request.articleId, deletedAt: null }, select: { id: true } });
    if (!article) return notFound("Article");
    scope = { kind: "article", articleId: article.id };
  }
  const after = parsePosition(request.lastEventId) ?? parsePosition(request.after);
  return ok(eventStreamBody(liveHub(), { viewer, scope, after, signal: request.signal }));
}
