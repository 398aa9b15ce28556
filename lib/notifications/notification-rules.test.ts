import { describe, expect, it } from "vitest";
import type { DeskEventInput } from "../events/event-types";
import type { PolicyActor } from "../policy/policy";
import { notificationsForChange, notificationSubjects, shortQuote, type NotificationFacts } from "./notification-rules";

type Person = PolicyActor & { name: string };
const person = (id: string, overrides: Partial<Person> = {}): Person => ({ id, name: id.toUpperCase(), role: "editor", active: true, mustChangePassword: false, ...overrides });

function facts(overrides: Partial<NotificationFacts> = {}): NotificationFacts {
  const people = [person("editor"), person("reviewer", { role: "reviewer" }), person("other"), person("gone", { active: false }), person("fresh", { mustChangePassword: true })];
  return {
    annotations: new Map([["a1", { authorId: "editor", exact: "unemployment fell" }]]),
    threadParticipants: new Map(),
    approvers: new Map(),
    articleMembers: new Map(),
    reviewAssignees: new Map(),
    people: new Map(people.map((p) => [p.id, p])),
    ...overrides,
  };
}

const decision = (type: "annotation.approved" | "annotation.rejected" | "annotation.changes_requested", actorId: string, reason?: string): DeskEventInput => ({
  type,
  actorId,
  entityId: "a1",
  articleId: "art",
  payload: { before: { status: "submitted" }, after: { status: type === "annotation.approved" ? "approved" : "rejected", ...(reason ? { reason } : {}) } },
});

const comment = (actorId: string, extra: Record<string, string | string[]> = {}): DeskEventInput => ({
  type: "comment.added",
  actorId,
  entityId: "c1",
  articleId: "art",
  payload: { after: { annotationId: "a1", body: "text", ...extra } },
});

const reanchored = (id: string, result: string, before: string, after: string): DeskEventInput => ({
  type: "annotation.reanchored",
  actorId: "editor",
  entityId: id,
  articleId: "art",
  payload: { before: { status: before }, after: { result, status: after } },
});

const revision: DeskEventInput = { type: "revision.saved", actorId: "editor", entityId: "art", articleId: "art", payload: { before: { revision: 1 }, after: { revision: 2, source: "text" } } };

const recipients = (events: DeskEventInput[], f = facts()) => notificationsForChange(events, f).map((n) => `${n.type}:${n.recipientId}`);

describe("decisions", () => {
  it("tell the annotation's author, with the reason", () => {
    const [rejected] = notificationsForChange([decision("annotation.rejected", "reviewer", "No source given")], facts());
    expect(rejected).toMatchObject({ recipientId: "editor", type: "annotation_rejected", actorId: "reviewer", articleId: "art", annotationId: "a1" });
    expect(rejected.text).toBe("REVIEWER rejected your annotation “unemployment fell”: No source given");
    // The same, as parameters the inbox and e-mails word in the reader's language.
    expect(rejected.params).toEqual({ actor: "REVIEWER", quote: "“unemployment fell”", reason: "No source given" });
    expect(recipients([decision("annotation.approved", "reviewer")])).toEqual(["annotation_approved:editor"]);
    expect(recipients([decision("annotation.changes_requested", "reviewer", "Add a link")])).toEqual(["annotation_changes_requested:editor"]);
  });

  it("are not sent to a deactivated author or one still on a one-time password", () => {
    for (const authorId of ["gone", "fresh"]) {
      expect(recipients([decision("annotation.rejected", "reviewer", "x")], facts({ annotations: new Map([["a1", { authorId, exact: "x" }]]) }))).toEqual([]);
    }
  });

  it("are not sent for an annotation the facts do not know", () => {
    expect(recipients([decision("annotation.approved", "reviewer")], facts({ annotations: new Map() }))).toEqual([]);
  });
});

describe("comments", () => {
  it("tell the author and thread participants of a reply, never the one who wrote it", () => {
    const f = facts({ threadParticipants: new Map([["a1", ["reviewer", "other", "editor"]]]) });
    expect(recipients([comment("other")], f)).toEqual(["thread_reply:editor", "thread_reply:reviewer"]);
  });

  it("tell the mentioned as mentioned, not also as a reply", () => {
    const f = facts({ threadParticipants: new Map([["a1", ["reviewer"]]]) });
    expect(recipients([comment("editor", { mentions: ["reviewer", "other"] })], f)).toEqual(["mentioned:reviewer", "mentioned:other"]);
  });

  it("never tell someone who mentions themselves, nor a deactivated member", () => {
    expect(recipients([comment("editor", { mentions: ["editor", "gone"] })])).toEqual([]);
  });

  it("leave a change request's own comment to the decision's notification", () => {
    const events = [decision("annotation.changes_requested", "reviewer", "Add a link"), comment("reviewer", { decisionId: "d1" })];
    expect(recipients(events, facts({ threadParticipants: new Map([["a1", ["reviewer"]]]) }))).toEqual(["annotation_changes_requested:editor"]);
  });
});

describe("revisions", () => {
  it("ask those who approved an annotation to re-review it when its text changed", () => {
    const f = facts({ approvers: new Map([["a1", ["reviewer", "other"]]]) });
    expect(recipients([revision, reanchored("a1", "changed", "approved", "needs_rereview")], f)).toEqual(["rereview_needed:reviewer", "rereview_needed:other"]);
    expect(recipients([reanchored("a1", "changed", "needs_rereview", "needs_rereview")], f)).toEqual([]);
    expect(recipients([reanchored("a1", "changed", "submitted", "submitted")], f)).toEqual([]);
  });

  it("say when an approved annotation's text is gone (orphaned) rather than changed", () => {
    const f = facts({ approvers: new Map([["a1", ["reviewer"]]]) });
    const [orphaned] = notificationsForChange([reanchored("a1", "orphaned", "approved", "needs_rereview")], f);
    expect(orphaned.text).toBe("The text of “unemployment fell”, which you approved, is no longer in the article: it needs re-attaching and a re-review");
    const [changed] = notificationsForChange([reanchored("a1", "changed", "approved", "needs_rereview")], f);
    expect(changed.text).toBe("The text of “unemployment fell”, which you approved, changed: it needs a re-review");
  });

  it("tell the people on the article when annotations changed or were orphaned, linking the first", () => {
    const f = facts({ articleMembers: new Map([["art", ["editor", "reviewer", "gone"]]]) });
    const events = [revision, reanchored("a1", "moved", "draft", "draft"), reanchored("a2", "orphaned", "draft", "draft"), reanchored("a3", "changed", "draft", "draft")];
    const notifications = notificationsForChange(events, f);
    expect(notifications.map((n) => `${n.type}:${n.recipientId}`)).toEqual(["article_revised:reviewer"]);
    expect(notifications[0]).toMatchObject({ annotationId: "a2", text: "EDITOR saved revision 2: 1 changed, 1 orphaned annotations" });
    expect(notifications[0].params).toEqual({ actor: "EDITOR", revision: 2, changed: 1, orphaned: 1 });
  });

  it("say nothing when every annotation only moved", () => {
    const f = facts({ articleMembers: new Map([["art", ["reviewer"]]]) });
    expect(recipients([revision, reanchored("a1", "moved", "draft", "draft")], f)).toEqual([]);
  });
});

describe("notificationSubjects", () => {
  it("names the annotations, revised articles and mentioned people the facts must cover", () => {
    const events = [decision("annotation.approved", "reviewer"), comment("editor", { mentions: ["other"] }), revision, reanchored("a9", "moved", "draft", "draft")];
    expect(notificationSubjects(events)).toEqual({ annotationIds: ["a1"], revisedArticleIds: ["art"], submittedArticleIds: [], mentionedIds: ["other"], assignedIds: [] });
  });

  it("is empty for events that never notify", () => {
    const created: DeskEventInput = { type: "token.revoked", actorId: "x", entityId: "t", articleId: null, payload: {} };
    expect(notificationSubjects([created])).toEqual({ annotationIds: [], revisedArticleIds: [], submittedArticleIds: [], mentionedIds: [], assignedIds: [] });
  });
});

describe("shortQuote", () => {
  it("quotes, flattens white space and shortens long text", () => {
    expect(shortQuote(" a\n b ")).toBe("“a b”");
    expect(shortQuote("x".repeat(100))).toBe(`“${"x".repeat(59)}…”`);
  });
});

describe("assignments", () => {
  const assigned = (before: { userId: string; role: "annotate" | "review" }[], after: { userId: string; role: "annotate" | "review" }[]): DeskEventInput => ({
    type: "article.assigned",
    actorId: "other",
    entityId: "art",
    articleId: "art",
    payload: { before: { assignees: before, dueAt: null, deskStatus: "to_do" }, after: { assignees: after, dueAt: "2026-12-03T00:00:00.000Z", deskStatus: "annotating" } },
  });

  it("tells each newly assigned person what they are on and when it is due, once", () => {
    const drafts = notificationsForChange(
      [
        assigned(
          [{ userId: "editor", role: "annotate" }],
          [
            { userId: "editor", role: "annotate" },
            { userId: "reviewer", role: "review" },
          ],
        ),
      ],
      facts(),
    );
    expect(drafts).toEqual([
      {
        type: "assigned",
        recipientId: "reviewer",
        actorId: "other",
        articleId: "art",
        annotationId: null,
        text: "OTHER assigned you to review an article, due 2026-12-03",
        params: { actor: "OTHER", role: "review", due: "2026-12-03" },
      },
    ]);
  });

  it("never tells the person who assigned, a deactivated account, or someone already on it", () => {
    const event = {
      ...assigned(
        [],
        [
          { userId: "other", role: "annotate" },
          { userId: "gone", role: "annotate" },
        ],
      ),
    };
    expect(notificationsForChange([event], facts())).toEqual([]);
    expect(notificationsForChange([assigned([{ userId: "editor", role: "annotate" }], [{ userId: "editor", role: "annotate" }])], facts())).toEqual([]);
  });

  it("asks for the assignees' accounts", () => {
    expect(notificationSubjects([assigned([], [{ userId: "reviewer", role: "review" }])]).assignedIds).toEqual(["reviewer"]);
  });
});

describe("submissions", () => {
  const submitted = (id: string, actorId = "editor"): DeskEventInput => ({
    type: "annotation.submitted",
    actorId,
    entityId: id,
    articleId: "art",
    payload: { before: { status: "draft" }, after: { status: "submitted" } },
  });
  const withReviewers = (ids: string[]) => facts({ reviewAssignees: new Map([["art", ids]]) });

  it("tell the article's assigned reviewers, once per change, never the submitter nor who may not read", () => {
    const f = withReviewers(["reviewer", "editor", "gone", "fresh"]);
    expect(recipients([submitted("a1")], f)).toEqual(["review_requested:reviewer"]);
    const many = notificationsForChange([submitted("a1"), submitted("a2")], f);
    expect(many.map((n) => [n.recipientId, n.text])).toEqual([["reviewer", "EDITOR submitted 2 annotations for review"]]);
    expect(notificationsForChange([submitted("a1")], f)[0].text).toBe("EDITOR submitted “unemployment fell” for review");
  });

  it("tell no one on an article without assigned reviewers", () => {
    expect(recipients([submitted("a1")])).toEqual([]);
  });

  it("name the article and annotation as subjects", () => {
    expect(notificationSubjects([submitted("a9")])).toMatchObject({ annotationIds: ["a9"], submittedArticleIds: ["art"] });
  });
});
