import { describe, expect, it } from "vitest";
import { isEventType, storedEvent, type StoredEventRow } from "./stored-event";

const row = (overrides: Partial<StoredEventRow> = {}): StoredEventRow => ({
  id: 12345678901234n,
  at: new Date("2026-11-30T20:00:00.000Z"),
  type: "annotation.approved",
  actorId: "u1",
  entityId: "a1",
  articleId: "art1",
  before: { status: "submitted" },
  after: { status: "approved", revision: 2 },
  ...overrides,
});

describe("isEventType", () => {
  it("knows the union's types and nothing else", () => {
    expect(isEventType("comment.added")).toBe(true);
    expect(isEventType("widget.spin")).toBe(false);
    expect(isEventType("toString")).toBe(false);
  });
});

describe("storedEvent", () => {
  it("turns a row into an event with its position as a decimal string", () => {
    expect(storedEvent(row())).toEqual({
      type: "annotation.approved",
      position: "12345678901234",
      at: "2026-11-30T20:00:00.000Z",
      actorId: "u1",
      entityId: "a1",
      articleId: "art1",
      payload: { before: { status: "submitted" }, after: { status: "approved", revision: 2 } },
    });
  });

  it("leaves out the sides a type has none of", () => {
    expect(storedEvent(row({ type: "token.revoked", before: null, after: null, articleId: null }))?.payload).toEqual({});
    expect(storedEvent(row({ type: "annotation.deleted", after: null }))?.payload).toEqual({ before: { status: "submitted" } });
  });

  it("drops a row of a type outside the union", () => {
    expect(storedEvent(row({ type: "widget.spin" }))).toBeNull();
  });
});
