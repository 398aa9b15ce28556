import { describe, expect, it } from "vitest";
import type { Role } from "../domain/roles";
import type { PolicyActor } from "../policy/policy";
import type { DeskEvent } from "./event-types";
import { eventForViewer } from "./event-visibility";

const viewer = (role: Role, overrides: Partial<PolicyActor> = {}): PolicyActor => ({ id: "viewer", role, active: true, mustChangePassword: false, ...overrides });
const base = { actorId: "someone", position: "1", at: "2026-11-30T00:00:00.000Z" };
const approved: DeskEvent = {
  ...base,
  type: "annotation.approved",
  entityId: "a1",
  articleId: "art1",
  payload: { before: { status: "submitted" }, after: { status: "approved" } },
};
const userCreated: DeskEvent = {
  ...base,
  type: "user.created",
  entityId: "u2",
  articleId: null,
  payload: { after: { email: "erin@example.org", name: "Erin", role: "editor" } },
};
const tokenCreated: DeskEvent = { ...base, type: "token.created", entityId: "t1", articleId: null, payload: { after: { name: "CMS", prefix: "fd_ab" } } };

describe("eventForViewer", () => {
  it("shows annotation events to every active role", () => {
    for (const role of ["editor", "reviewer", "admin"] as const) expect(eventForViewer(approved, viewer(role))).toEqual(approved);
  });

  it("shows nothing to a deactivated or must-change-password viewer", () => {
    expect(eventForViewer(approved, viewer("admin", { active: false }))).toBeNull();
    expect(eventForViewer(approved, viewer("editor", { mustChangePassword: true }))).toBeNull();
  });

  it("never shows a user's e-mail to someone who cannot manage users", () => {
    expect(eventForViewer(userCreated, viewer("editor"))).toBeNull();
    expect(eventForViewer(userCreated, viewer("reviewer"))).toBeNull();
    expect(eventForViewer(userCreated, viewer("admin"))).toEqual(userCreated);
  });

  it("tells people their own account changed, without the details", () => {
    expect(eventForViewer(userCreated, viewer("editor", { id: "u2" }))).toEqual({ ...userCreated, payload: {} });
  });

  it("shows token events to their owner and to auditors only", () => {
    expect(eventForViewer(tokenCreated, viewer("reviewer"))).toBeNull();
    expect(eventForViewer(tokenCreated, viewer("admin"))).toEqual(tokenCreated);
    expect(eventForViewer(tokenCreated, viewer("editor", { id: "someone" }))).toEqual(tokenCreated);
  });
});
