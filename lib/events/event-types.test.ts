import { describe, expect, it } from "vitest";
import { EVENT_ENTITY, EVENT_PAYLOADS, EVENT_TYPES, eventProblem, legacyAction, legacyEventType } from "./event-types";

describe("event types", () => {
  it("give every type an entity", () => {
    expect(Object.keys(EVENT_ENTITY).sort()).toEqual(Object.keys(EVENT_PAYLOADS).sort());
    for (const type of EVENT_TYPES)
      expect(type.startsWith(`${EVENT_ENTITY[type] === "api_token" ? "token" : EVENT_ENTITY[type]}.`) || type.startsWith("revision.") || type.startsWith("suggestion.")).toBe(true);
  });

  it("accept a valid payload", () => {
    expect(eventProblem({ type: "annotation.approved", payload: { before: { status: "submitted" }, after: { status: "approved", revision: 2 } } })).toBeNull();
    expect(eventProblem({ type: "token.revoked", payload: {} })).toBeNull();
    expect(eventProblem({ type: "suggestion.dismissed", payload: { after: { revision: 2, start: 10, end: 40, kind: "quote", exact: "We will win" } } })).toBeNull();
    expect(eventProblem({ type: "suggestion.dismissed", payload: { after: { revision: 2, start: 10 } } })).toMatch(/after\.end/);
  });

  it("refuse an unknown type, naming it", () => {
    expect(eventProblem({ type: "annotation.teleported", payload: {} })).toMatch(/Unknown event type "annotation.teleported"/);
  });

  it("refuse a payload of the wrong shape, naming the path", () => {
    expect(eventProblem({ type: "annotation.approved", payload: { before: { status: "nope" }, after: { status: "approved" } } })).toMatch(/before\.status/);
    expect(eventProblem({ type: "comment.added", payload: { after: { annotationId: "a" } } })).toMatch(/after\.body/);
    expect(eventProblem({ type: "user.created", payload: { after: { email: "e", name: "n", role: "owner" } } })).toMatch(/role/);
  });

  it("map the audit rows written before events were typed", () => {
    expect(legacyEventType("annotation", "request_changes")).toBe("annotation.changes_requested");
    expect(legacyEventType("article", "revise")).toBe("revision.saved");
    expect(legacyEventType("article", "dismiss_suggestion")).toBe("suggestion.dismissed");
    expect(legacyEventType("comment", "comment_edit")).toBe("comment.edited");
    expect(legacyEventType("api_token", "revoke")).toBe("token.revoked");
    expect(legacyEventType("widget", "spin")).toBe("widget.spin");
  });
});

describe("legacyAction", () => {
  it("is the inverse of legacyEventType for every type", () => {
    for (const type of EVENT_TYPES) expect(legacyEventType(EVENT_ENTITY[type], legacyAction(type))).toBe(type);
  });
});

describe("article.assigned", () => {
  const state = { assignees: [{ userId: "u1", role: "annotate" }], dueAt: null, deskStatus: "to_do" };
  it("accepts the before and after assignment state", () => {
    expect(eventProblem({ type: "article.assigned", payload: { before: state, after: { ...state, dueAt: "2026-12-01T00:00:00.000Z", deskStatus: "annotating" } } })).toBeNull();
  });
  it("refuses an unknown assignment role or desk status", () => {
    expect(eventProblem({ type: "article.assigned", payload: { before: state, after: { ...state, assignees: [{ userId: "u1", role: "boss" }] } } })).toMatch(/after\.assignees\.0\.role/);
    expect(eventProblem({ type: "article.assigned", payload: { before: state, after: { ...state, deskStatus: "lost" } } })).toMatch(/after\.deskStatus/);
  });
  it("is about the article", () => expect(EVENT_ENTITY["article.assigned"]).toBe("article"));
});

describe("evidence archive events", () => {
  it("are about the evidence, and the check request about the article", () => {
    expect(EVENT_ENTITY["evidence.archived"]).toBe("evidence");
    expect(EVENT_ENTITY["article.links_check_requested"]).toBe("article");
  });
  it("carry the hash and the link state", () => {
    const after = { url: "https://a.example/", snapshotId: "s1", finalUrl: "https://a.example/", httpStatus: 200, sha256: "ab" };
    expect(eventProblem({ type: "evidence.archived", payload: { after } })).toBeNull();
    expect(eventProblem({ type: "evidence.checked", payload: { before: { linkState: null }, after: { url: "u", snapshotId: "s", linkState: "lost", sha256: null } } })).toMatch(/after\.linkState/);
  });
});
