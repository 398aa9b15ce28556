import { describe, expect, it } from "vitest";
import type { LiveEvent } from "./live-event";
import { summariseChanges } from "./live-summary";

let position = 0;
const event = (overrides: Partial<LiveEvent>): LiveEvent => ({
  position: String(++position),
  type: "annotation.created",
  entityType: "annotation",
  entityId: `a${position}`,
  articleId: "art",
  actorId: "riya",
  actorName: "Riya",
  annotationId: null,
  revision: null,
  at: "2026-11-30T20:00:00.000Z",
  ...overrides,
});

describe("summariseChanges", () => {
  it("counts changes of a kind and names who made them", () => {
    expect(summariseChanges([event({}), event({})], "me")).toBe("2 new annotations by Riya");
    expect(summariseChanges([event({ type: "annotation.approved" })], "me")).toBe("1 annotation approved by Riya");
  });

  it("lists several kinds in the order they happened, with every actor", () => {
    const events = [event({}), event({ type: "comment.added", actorId: "ali", actorName: "Ali" }), event({ actorId: "ali", actorName: "Ali" })];
    expect(summariseChanges(events, "me")).toBe("2 new annotations by Riya and Ali; 1 new comment by Ali");
  });

  it("shortens a long list of names", () => {
    const names = ["A", "B", "C", "D", "E"];
    expect(
      summariseChanges(
        names.map((name) => event({ actorId: name, actorName: name })),
        "me",
      ),
    ).toBe("5 new annotations by A, B and 3 others");
  });

  it("leaves out the reader's own changes and events nobody needs to hear", () => {
    expect(summariseChanges([event({ actorId: "me" }), event({ type: "user.updated", entityType: "user" })], "me")).toBe("");
  });

  it("says someone when the actor is unknown", () => {
    expect(summariseChanges([event({ actorId: null, actorName: null, type: "revision.saved", entityType: "article" })], "me")).toBe("1 new revision of the text by someone");
  });
});
