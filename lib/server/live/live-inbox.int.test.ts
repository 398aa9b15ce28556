import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as postComment } from "@/app/api/annotations/[id]/comments/route";
import { newArticle, newDraft, person } from "@/app/api/annotations/review-fixtures.test-helper";
import { policyActorOf } from "@/lib/policy/policy";
import { callRoute } from "@/test/integration/api-client";
import { SseReader } from "@/test/integration/sse-reader";
import { eventStreamBody } from "./event-stream-response";
import { LiveHub } from "./live-hub";

const hub = new LiveHub({ connectionString: inject("databaseUrl"), pollMs: 200, heartbeatMs: 60_000, refreshMs: 60_000 });
beforeAll(() => hub.start());
afterAll(() => hub.stop());

const hello = (reader: SseReader) => reader.waitFor((frames) => frames.some((frame) => frame.event === "hello"));

describe("live inbox signals", () => {
  it("tell only the notified person's streams, on any scope, and the inbox scope gets no changes", async () => {
    const [author, reviewer, bystander] = [await person("editor"), await person("reviewer"), await person("reviewer")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Critics disagreed!");
    const reviewerDesk = new SseReader(eventStreamBody(hub, { viewer: policyActorOf(reviewer), scope: { kind: "desk" }, after: null, presence: false }));
    const reviewerInbox = new SseReader(eventStreamBody(hub, { viewer: policyActorOf(reviewer), scope: { kind: "inbox" }, after: null, presence: false }));
    const bystanderDesk = new SseReader(eventStreamBody(hub, { viewer: policyActorOf(bystander), scope: { kind: "desk" }, after: null, presence: false }));
    const authorArticle = new SseReader(eventStreamBody(hub, { viewer: policyActorOf(author), scope: { kind: "article", articleId: article.id }, after: null, presence: false }));
    const readers = [reviewerDesk, reviewerInbox, bystanderDesk, authorArticle];
    await Promise.all(readers.map(hello));

    const added = await callRoute(postComment, { method: "POST", token: author.token, params: { id: draft.id }, body: { body: `@${reviewer.name} please check`, mentions: [reviewer.id] } });
    expect(added.status).toBe(201);

    await reviewerDesk.waitFor((frames) => frames.some((frame) => frame.event === "inbox"));
    await reviewerInbox.waitFor((frames) => frames.some((frame) => frame.event === "inbox"));
    // The comment reached the desk streams; give the others time to (wrongly) get an inbox signal.
    await bystanderDesk.waitFor((frames) => frames.some((frame) => frame.event === "change"));
    await authorArticle.waitFor((frames) => frames.some((frame) => frame.event === "change"));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(bystanderDesk.ofType("inbox")).toHaveLength(0);
    expect(authorArticle.ofType("inbox")).toHaveLength(0);
    expect(reviewerInbox.ofType("change")).toHaveLength(0);
    expect(reviewerInbox.ofType("inbox")[0].data).toBe("{}");
    await Promise.all(readers.map((reader) => reader.cancel()));
  });
});
