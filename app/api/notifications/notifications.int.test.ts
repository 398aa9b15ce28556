import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import { saveRevision } from "@/lib/server/revisions/save-revision";
import { callRoute } from "@/test/integration/api-client";
import { POST as postComment } from "../annotations/[id]/comments/route";
import { newArticle, newDraft, person, step, submittedAnnotation, type TestPerson } from "../annotations/review-fixtures.test-helper";
import { GET as getMembers } from "../members/route";
import { POST as markRead } from "./read/route";
import { GET as getNotifications } from "./route";

/** Who got a notification about `annotationId` (or the article), as `type:name` sorted. */
async function notified(about: { annotationId?: string; articleId?: string }) {
  const rows = await db().notification.findMany({ where: about, select: { type: true, recipient: { select: { name: true } } } });
  return rows.map((row) => `${row.type}:${row.recipient.name}`).sort();
}

const deactivate = (who: TestPerson) => db().user.update({ where: { id: who.id }, data: { active: false } });
const comment = (who: TestPerson, annotationId: string, body: string, mentions?: string[]) =>
  callRoute(postComment, { method: "POST", token: who.token, params: { id: annotationId }, body: { body, ...(mentions ? { mentions } : {}) } });
const inbox = (who: TestPerson, query = "") => callRoute(getNotifications, { method: "GET", token: who.token, query });

describe("review decisions notify the annotation's author", () => {
  it("rejected (with the reason), approved, sent back: the author only, never the reviewer or a bystander", async () => {
    const [author, reviewer] = [await person("editor", "Author"), await person("reviewer", "Rev")];
    await person("editor", "Bystander");
    const article = await newArticle();
    const rejected = await submittedAnnotation(author, article.id, "taxes fell by 3.5 percent");
    expect((await step("reject", reviewer, rejected.id, { version: rejected.version, reason: "No source for the figure" })).status).toBe(200);
    expect(await notified({ annotationId: rejected.id })).toEqual([`annotation_rejected:${author.name}`]);

    const page = await inbox(author);
    expect(page.status).toBe(200);
    expect(page.json.unread).toBe(1);
    expect(page.json.notifications[0]).toMatchObject({
      type: "annotation_rejected",
      read: false,
      actor: { id: reviewer.id, name: reviewer.name },
      articleId: article.id,
      annotationId: rejected.id,
      text: expect.stringContaining(": No source for the figure"),
    });
    expect((await inbox(reviewer)).json).toMatchObject({ notifications: [], unread: 0 });

    const approved = await submittedAnnotation(author, article.id, "Critics disagreed!");
    await step("approve", reviewer, approved.id, { version: approved.version });
    expect(await notified({ annotationId: approved.id })).toEqual([`annotation_approved:${author.name}`]);

    const sentBack = await submittedAnnotation(author, article.id, "Was it true?");
    await step("request-changes", reviewer, sentBack.id, { version: sentBack.version, reason: "Cite the bulletin" });
    // The change request's comment is part of the decision: one notification, not a reply too.
    expect(await notified({ annotationId: sentBack.id })).toEqual([`annotation_changes_requested:${author.name}`]);
  });

  it("tells a deactivated author nothing", async () => {
    const [author, reviewer] = [await person("editor", "Leaving"), await person("reviewer")];
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "Officials");
    await deactivate(author);
    await step("reject", reviewer, annotation.id, { version: annotation.version, reason: "Wrong span" });
    expect(await notified({ annotationId: annotation.id })).toEqual([]);
  });
});

describe("comments", () => {
  it("a reply notifies the author and everyone in the thread but the one replying (and the deactivated)", async () => {
    const [author, first, second, gone] = [await person("editor", "Owner"), await person("reviewer", "First"), await person("editor", "Second"), await person("editor", "Gone")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Critics disagreed!");
    await comment(gone, draft.id, "I was here");
    await deactivate(gone);
    await db().notification.deleteMany({ where: { annotationId: draft.id } });
    expect((await comment(first, draft.id, "Which critics?")).status).toBe(201);
    expect(await notified({ annotationId: draft.id })).toEqual([`thread_reply:${author.name}`]);
    await comment(second, draft.id, "The opposition's");
    expect(await notified({ annotationId: draft.id })).toEqual([`thread_reply:${author.name}`, `thread_reply:${author.name}`, `thread_reply:${first.name}`].sort());
  });

  it("a mention is stored as a user reference and notifies the mentioned member only as mentioned", async () => {
    const [author, reviewer, other] = [await person("editor", "Mina"), await person("reviewer", "Rafa"), await person("editor", "Otto")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Was it true?");
    const members = await callRoute(getMembers, { method: "GET", token: author.token, query: `?q=${encodeURIComponent(reviewer.name.slice(0, 4))}` });
    expect(members.json.members).toContainEqual({ id: reviewer.id, name: reviewer.name });
    expect(JSON.stringify(members.json)).not.toContain("@test.example");

    const added = await comment(author, draft.id, `@${reviewer.name} can you check this?`, [reviewer.id]);
    expect(added.status).toBe(201);
    expect(added.json.mentions).toEqual([{ userId: reviewer.id, label: reviewer.name, name: reviewer.name }]);
    expect(await db().commentMention.findMany({ where: { commentId: added.json.id }, select: { userId: true } })).toEqual([{ userId: reviewer.id }]);
    expect(await notified({ annotationId: draft.id })).toEqual([`mentioned:${reviewer.name}`]);

    // A rename keeps the mention: it is a reference, with the label as written.
    await db().user.update({ where: { id: reviewer.id }, data: { name: `${reviewer.name} Jr` } });
    const stored = await db().commentMention.findFirstOrThrow({ where: { commentId: added.json.id }, include: { user: true } });
    expect([stored.label, stored.user.name]).toEqual([reviewer.name, `${reviewer.name} Jr`]);

    // Mentioning someone not written in the body, or no longer active, is refused.
    const notWritten = await comment(author, draft.id, "no names here", [other.id]);
    expect(notWritten.status).toBe(400);
    expect(notWritten.json.error.fieldErrors).toHaveProperty("mentions");
    await deactivate(other);
    expect((await comment(author, draft.id, `@${other.name} ?`, [other.id])).status).toBe(400);
  });
});

describe("revisions", () => {
  it("ask the approver to re-review, tell the people on the article, never the reviser", async () => {
    const [author, reviewer, reviser] = [await person("editor", "Writer"), await person("reviewer", "Approver"), await person("editor", "Reviser")];
    const article = await newArticle();
    const claim = await submittedAnnotation(author, article.id, "taxes fell by 3.5 percent");
    await step("approve", reviewer, claim.id, { version: claim.version });
    await db().notification.deleteMany({ where: { articleId: article.id } });

    const saved = await saveRevision(reviser, article.id, { body: { text: article.text.replace("3.5 percent", "4.5 percent") }, source: "text", expectedRevision: 1 });
    expect(saved.ok).toBe(true);
    expect(await notified({ articleId: article.id })).toEqual([`article_revised:${author.name}`, `rereview_needed:${reviewer.name}`]);
    const rows = await db().notification.findMany({ where: { articleId: article.id } });
    expect(rows.every((row) => row.annotationId === claim.id && row.actorId === reviser.id && row.eventPosition !== null)).toBe(true);
  });
});

describe("the inbox API", () => {
  it("pages unread first, newest first, counts unread, marks only one's own read", async () => {
    const [me, someone] = [await person("editor", "Inbox"), await person("editor")];
    const rows = Array.from({ length: 5 }, (_, index) => ({
      recipientId: me.id,
      type: "thread_reply",
      articleId: "art",
      text: `n${index}`,
      createdAt: new Date(Date.UTC(2026, 10, 1, 0, index)),
      ...(index < 2 ? { read: true, readAt: new Date() } : {}),
    }));
    await db().notification.createMany({ data: [...rows, { recipientId: someone.id, type: "mentioned", articleId: "art", text: "theirs" }] });

    const first = await inbox(me, "?limit=2");
    expect(first.json.unread).toBe(3);
    expect(first.json.notifications.map((n: { text: string }) => n.text)).toEqual(["n4", "n3"]);
    expect(first.headers.get("link")).toContain('rel="next"');
    const second = await inbox(me, `?limit=2&cursor=${first.json.nextCursor}`);
    expect(second.json.notifications.map((n: { text: string }) => n.text)).toEqual(["n2", "n1"]);
    const third = await inbox(me, `?limit=2&cursor=${second.json.nextCursor}`);
    expect(third.json).toMatchObject({ notifications: [{ text: "n0", read: true }], nextCursor: null });
    expect((await inbox(me, "?cursor=nonsense")).status).toBe(400);

    const theirs = await db().notification.findFirstOrThrow({ where: { recipientId: someone.id } });
    const marked = await callRoute(markRead, { method: "POST", token: me.token, body: { ids: [first.json.notifications[0].id, theirs.id] } });
    expect(marked.json).toEqual({ marked: 1, unread: 2 });
    expect((await db().notification.findUniqueOrThrow({ where: { id: theirs.id } })).read).toBe(false);

    expect((await callRoute(markRead, { method: "POST", token: me.token, body: { all: true } })).json).toEqual({ marked: 2, unread: 0 });
    expect((await inbox(someone)).json.unread).toBe(1);
    expect((await callRoute(markRead, { method: "POST", token: me.token, body: { all: false } })).status).toBe(400);
  });

  it("writes nothing for a change that is rolled back", async () => {
    const [author, replier] = [await person("editor"), await person("editor")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Officials");
    await expect(
      transactWithEvents(async (_tx, events) => {
        events.add({ type: "comment.added", actorId: replier.id, entityId: "c-rolled-back", articleId: article.id, payload: { after: { annotationId: draft.id, body: "x" } } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await notified({ annotationId: draft.id })).toEqual([]);
  });
});
