import { describe, expect, it } from "vitest";
import { visibleEvents } from "./visible-events";

const at = new Date("2026-11-30T20:00:00.000Z");
const erin = { id: "erin", name: "Erin" };
const rows = [
  { id: 1n, at, type: "annotation.created", actorId: "erin", entityId: "a1", articleId: "art1", before: null, after: { kind: "claim" }, actor: erin },
  { id: 2n, at, type: "user.created", actorId: "admin", entityId: "newbie", articleId: null, before: null, after: { email: "newbie@example.org", name: "Newbie", role: "editor" }, actor: null },
  { id: 3n, at, type: "token.created", actorId: "erin", entityId: "t1", articleId: null, before: null, after: { name: "CMS", prefix: "fd_abc" }, actor: erin },
  { id: 4n, at, type: "widget.spun", actorId: "erin", entityId: "w1", articleId: null, before: null, after: null, actor: erin },
];
const viewer = (id: string, role: "editor" | "admin") => ({ id, role, active: true, mustChangePassword: false });

describe("visibleEvents", () => {
  it("gives an editor the article events and their own tokens', never someone's e-mail", () => {
    const shown = visibleEvents(rows, viewer("erin", "editor"));
    expect(shown.map((event) => event.position)).toEqual(["1", "3"]);
    expect(shown[0]).toEqual({
      type: "annotation.created",
      position: "1",
      at: at.toISOString(),
      actorId: "erin",
      entityId: "a1",
      articleId: "art1",
      payload: { after: { kind: "claim" } },
      actor: erin,
    });
  });

  it("gives the new user the fact their account was made, without its details", () => {
    expect(visibleEvents(rows, viewer("newbie", "editor")).find((event) => event.type === "user.created")?.payload).toEqual({});
  });

  it("gives an admin (who may read the audit trail) user and token events whole", () => {
    expect(visibleEvents(rows, viewer("admin", "admin")).map((event) => event.type)).toEqual(["annotation.created", "user.created", "token.created"]);
  });
});
