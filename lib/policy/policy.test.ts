import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../domain/roles";
import { allows, annotationFactsOf, can, canAttempt, policyActorOf, POLICY_ACTIONS, rolesPermitted, type AnnotationFacts, type PolicyAction, type PolicyActor } from "./policy";

type Expected = { own: readonly Role[]; others: readonly Role[] };
const ALL: readonly Role[] = ["editor", "reviewer", "admin"];
const EDITORS: readonly Role[] = ["editor", "admin"];
const REVIEWERS: readonly Role[] = ["reviewer", "admin"];
const ADMINS: readonly Role[] = ["admin"];
const NOBODY: readonly Role[] = [];
const same = (roles: readonly Role[]): Expected => ({ own: roles, others: roles });

/** The whole policy as a table: which roles may act on their own and on someone else's resource. */
const TABLE: Record<PolicyAction, Expected> = {
  "article.read": same(ALL),
  "article.create": same(EDITORS),
  "article.import": same(EDITORS),
  "article.revise": same(EDITORS),
  "article.export": same(ALL),
  "article.assign": same(EDITORS),
  "annotation.create": same(ALL),
  "annotation.edit": { own: ALL, others: NOBODY },
  "annotation.delete": { own: ALL, others: NOBODY },
  "annotation.submit": { own: ALL, others: ADMINS },
  "annotation.decide": { own: NOBODY, others: REVIEWERS },
  "annotation.reopen": { own: REVIEWERS, others: REVIEWERS },
  "annotation.reattach": { own: ALL, others: EDITORS },
  "annotation.correct": { own: NOBODY, others: REVIEWERS },
  "comment.add": same(ALL),
  "comment.edit": { own: ALL, others: NOBODY },
  "evidence.archive": same(ALL),
  "review.queue": same(ALL),
  "user.manage": same(ADMINS),
  "audit.read": same(ADMINS),
  "dashboard.read": same(REVIEWERS),
  "token.manage": same(ALL),
  "password.change": same(ALL),
  "preferences.change": same(ALL),
  "session.end": same(ALL),
  "notification.read": same(ALL),
  "notification.preferences": same(ALL),
};

const actorOf = (role: Role, overrides: Partial<PolicyActor> = {}): PolicyActor => ({ id: "me", role, active: true, mustChangePassword: false, ...overrides });
const facts = (authorId: string, overrides: Partial<AnnotationFacts> = {}): AnnotationFacts => ({ authorId, lastEditedById: null, status: "submitted", ...overrides });
const ask = (actor: PolicyActor | null, action: PolicyAction, resource?: AnnotationFacts) =>
  (can as (a: PolicyActor | null, x: PolicyAction, r?: AnnotationFacts) => ReturnType<typeof can>)(actor, action, resource);

describe("the policy table", () => {
  it("covers every action", () => {
    expect(Object.keys(TABLE).sort()).toEqual([...POLICY_ACTIONS].sort());
  });

  for (const action of POLICY_ACTIONS) {
    for (const role of ROLES) {
      for (const relation of ["own", "others"] as const) {
        const expected = TABLE[action][relation].includes(role);
        it(`${action}: ${role} on ${relation} → ${expected ? "allowed" : "refused"}`, () => {
          const resource = facts(relation === "own" ? "me" : "someone-else");
          expect(ask(actorOf(role), action, resource).ok).toBe(expected);
        });
      }
      it(`${action}: a deactivated ${role} is refused`, () => {
        const decision = ask(actorOf(role, { active: false }), action, facts("me"));
        expect(decision).toMatchObject({ ok: false, code: "deactivated" });
      });
      const openBeforeChange = action === "password.change" || action === "session.end";
      it(`${action}: a ${role} with a one-time password is ${openBeforeChange ? "allowed" : "refused"}`, () => {
        const decision = ask(actorOf(role, { mustChangePassword: true }), action, facts("me"));
        if (openBeforeChange) expect(decision.ok).toBe(true);
        else expect(decision).toMatchObject({ ok: false, code: "password_change_required" });
      });
    }
    it(`${action}: nobody signed in is refused`, () => {
      expect(ask(null, action, facts("me"))).toMatchObject({ ok: false, code: "unauthenticated" });
    });
    it(`${action}: rolesPermitted agrees with the table`, () => {
      expect(rolesPermitted(action, "own")).toEqual([...TABLE[action].own]);
      expect(rolesPermitted(action, "others")).toEqual([...TABLE[action].others]);
      expect(rolesPermitted(action, "any")).toEqual(ROLES.filter((role) => TABLE[action].own.includes(role) || TABLE[action].others.includes(role)));
    });
  }
});

describe("canAttempt: the checks that need no resource", () => {
  for (const action of POLICY_ACTIONS) {
    for (const role of ROLES) {
      const expected = TABLE[action].own.includes(role) || TABLE[action].others.includes(role);
      it(`${action}: ${role} may ${expected ? "" : "not "}attempt it`, () => {
        expect(canAttempt(actorOf(role), action).ok).toBe(expected);
        if (!expected) expect(canAttempt(actorOf(role), action)).toMatchObject({ code: "role" });
      });
      it(`${action}: a deactivated ${role} or one with a one-time password is refused as by can`, () => {
        expect(canAttempt(actorOf(role, { active: false }), action)).toEqual(ask(actorOf(role, { active: false }), action, facts("me")));
        expect(canAttempt(actorOf(role, { mustChangePassword: true }), action)).toEqual(ask(actorOf(role, { mustChangePassword: true }), action, facts("me")));
      });
    }
    it(`${action}: nobody signed in may attempt it`, () => {
      expect(canAttempt(null, action)).toMatchObject({ ok: false, code: "unauthenticated" });
    });
  }
});

describe("four-eyes and reopening", () => {
  const someone = (role: Role, over: Partial<PolicyActor> = {}) => actorOf(role, { id: "actor", ...over });
  it.each([
    { name: "reviewer on someone else's work", role: "reviewer", actorId: "actor", lastEditedById: null, code: null },
    { name: "admin on someone else's work", role: "admin", actorId: "actor", lastEditedById: null, code: null },
    { name: "reviewer, another person last edited", role: "reviewer", actorId: "actor", lastEditedById: "someone", code: null },
    { name: "reviewer, the author last edited", role: "reviewer", actorId: "actor", lastEditedById: "author", code: null },
    { name: "editor on someone else's work", role: "editor", actorId: "actor", lastEditedById: null, code: "role" },
    { name: "editor on own work", role: "editor", actorId: "author", lastEditedById: null, code: "role" },
    { name: "reviewer who created it", role: "reviewer", actorId: "author", lastEditedById: null, code: "four_eyes" },
    { name: "admin who created it", role: "admin", actorId: "author", lastEditedById: null, code: "four_eyes" },
    { name: "reviewer who last edited it", role: "reviewer", actorId: "actor", lastEditedById: "actor", code: "four_eyes" },
    { name: "admin who last edited it", role: "admin", actorId: "actor", lastEditedById: "actor", code: "four_eyes" },
    { name: "reviewer who created and last edited it", role: "reviewer", actorId: "author", lastEditedById: "author", code: "four_eyes" },
  ] as const)("decide: $name → $code", ({ role, actorId, lastEditedById, code }) => {
    const decision = ask(someone(role, { id: actorId }), "annotation.decide", facts("author", { lastEditedById }));
    if (code === null) expect(decision).toEqual({ ok: true });
    else expect(decision).toMatchObject({ ok: false, code });
  });

  it("words the four-eyes refusals for the user", () => {
    const created = ask(someone("reviewer", { id: "author" }), "annotation.decide", facts("author"));
    expect(!created.ok && created.message).toMatch(/You created this annotation/);
  });

  it.each([
    { role: "editor", actorId: "actor", status: "approved", code: "role" },
    { role: "editor", actorId: "author", status: "rejected", code: "role" },
    { role: "reviewer", actorId: "actor", status: "approved", code: null },
    { role: "reviewer", actorId: "actor", status: "rejected", code: null },
    { role: "admin", actorId: "actor", status: "rejected", code: null },
    { role: "reviewer", actorId: "author", status: "approved", code: null },
    { role: "reviewer", actorId: "author", status: "rejected", code: "four_eyes" },
    { role: "admin", actorId: "author", status: "rejected", code: "four_eyes" },
  ] as const)("reopen: $role as $actorId on $status → $code", ({ role, actorId, status, code }) => {
    const decision = ask(someone(role, { id: actorId }), "annotation.reopen", facts("author", { status }));
    if (code === null) expect(decision).toEqual({ ok: true });
    else expect(decision).toMatchObject({ ok: false, code });
  });

  it("refuses reopening by the last editor of a rejected annotation", () => {
    expect(ask(someone("reviewer"), "annotation.reopen", facts("author", { status: "rejected", lastEditedById: "actor" }))).toMatchObject({ code: "four_eyes" });
  });

  it("refuses a decision by the last editor, saying why", () => {
    const decision = ask(actorOf("reviewer"), "annotation.decide", facts("author", { lastEditedById: "me" }));
    expect(decision).toMatchObject({ ok: false, code: "four_eyes" });
    if (!decision.ok) expect(decision.message).toMatch(/latest changes/);
  });

  it("refuses a decision by the author, even an admin", () => {
    expect(ask(actorOf("admin"), "annotation.decide", facts("me"))).toMatchObject({ ok: false, code: "four_eyes" });
  });

  it("lets another reviewer decide when someone else edited it last", () => {
    expect(ask(actorOf("reviewer"), "annotation.decide", facts("author", { lastEditedById: "third" })).ok).toBe(true);
  });

  it("refuses reopening one's own rejected annotation but allows one's own approved one", () => {
    expect(ask(actorOf("reviewer"), "annotation.reopen", facts("me", { status: "rejected" }))).toMatchObject({ ok: false, code: "four_eyes" });
    expect(ask(actorOf("reviewer"), "annotation.reopen", facts("me", { status: "approved" })).ok).toBe(true);
    expect(rolesPermitted("annotation.reopen", "own", "rejected")).toEqual([]);
  });

  it("checks the role before ownership, so an editor is told about the role", () => {
    expect(ask(actorOf("editor"), "annotation.decide", facts("me"))).toMatchObject({ ok: false, code: "role" });
  });

  it("words the refusal of a one-time password as the pages and the API show it", () => {
    const decision = ask(actorOf("admin", { mustChangePassword: true }), "user.manage");
    expect(!decision.ok && decision.message).toMatch(/change your password/i);
  });

  it("refuses a deactivated account before anything else", () => {
    expect(ask(actorOf("admin", { active: false, mustChangePassword: true }), "user.manage")).toMatchObject({ code: "deactivated" });
  });

  it("refuses submitting or re-attaching someone else's annotation with not_owner", () => {
    expect(ask(actorOf("reviewer"), "annotation.submit", facts("other"))).toMatchObject({ ok: false, code: "not_owner" });
    expect(ask(actorOf("reviewer"), "annotation.reattach", facts("other"))).toMatchObject({ ok: false, code: "not_owner" });
  });

  it("allows is can(...).ok", () => {
    expect(allows(actorOf("admin"), "user.manage")).toBe(true);
    expect(allows(actorOf("editor"), "user.manage")).toBe(false);
    expect(allows(null, "article.read")).toBe(false);
  });
});

describe("annotationFactsOf", () => {
  it("reads the author, last editor and status of an annotation as the app passes it around", () => {
    expect(annotationFactsOf({ author: { id: "a" }, lastEditedBy: { id: "b" }, status: "approved" })).toEqual({ authorId: "a", lastEditedById: "b", status: "approved" });
    expect(annotationFactsOf({ author: { id: "a" }, lastEditedBy: null, status: "draft" })).toEqual({ authorId: "a", lastEditedById: null, status: "draft" });
  });
});

describe("policyActorOf", () => {
  it("keeps only what the policy needs", () => {
    const row = { id: "u", role: "editor" as const, active: true, mustChangePassword: false, email: "e@example.org", name: "E", passwordHash: "x" };
    expect(policyActorOf(row)).toEqual({ id: "u", role: "editor", active: true, mustChangePassword: false });
  });
});
