import { describe, expect, it } from "vitest";
import { REVIEW_STATUSES } from "../domain/review-statuses";
import { ROLES, type Role } from "../domain/roles";
import { REVIEW_ACTIONS } from "./review-actions";
import { authorizeReviewAction, canDecide, canReopen, canSubmit, type ReviewParties } from "./review-permissions";

const parties = (actorRole: Role, over: Partial<ReviewParties> = {}): ReviewParties => ({
  actorId: "actor",
  actorRole,
  authorId: "author",
  lastEditedById: null,
  ...over,
});

describe("canDecide (four-eyes rule)", () => {
  const table: { name: string; p: ReviewParties; code: "role" | "four_eyes" | null }[] = [
    { name: "reviewer on someone else's work", p: parties("reviewer"), code: null },
    { name: "admin on someone else's work", p: parties("admin"), code: null },
    { name: "reviewer, other person last edited", p: parties("reviewer", { lastEditedById: "someone" }), code: null },
    { name: "reviewer, author last edited", p: parties("reviewer", { lastEditedById: "author" }), code: null },
    { name: "editor on someone else's work", p: parties("editor"), code: "role" },
    { name: "editor on own work", p: parties("editor", { actorId: "author" }), code: "role" },
    { name: "reviewer who created it", p: parties("reviewer", { actorId: "author" }), code: "four_eyes" },
    { name: "admin who created it", p: parties("admin", { actorId: "author" }), code: "four_eyes" },
    { name: "reviewer who last edited it", p: parties("reviewer", { lastEditedById: "actor" }), code: "four_eyes" },
    { name: "admin who last edited it", p: parties("admin", { lastEditedById: "actor" }), code: "four_eyes" },
    {
      name: "reviewer who created and last edited it",
      p: parties("reviewer", { actorId: "author", lastEditedById: "author" }),
      code: "four_eyes",
    },
  ];

  it.each(table)("$name → $code", ({ p, code }) => {
    const result = canDecide(p);
    if (code === null) return expect(result).toEqual({ ok: true });
    expect(result).toMatchObject({ ok: false, code });
  });

  it("words the four-eyes refusals for the user", () => {
    const created = canDecide(parties("reviewer", { actorId: "author" }));
    const edited = canDecide(parties("reviewer", { lastEditedById: "actor" }));
    expect(!created.ok && created.message).toMatch(/You created this annotation/);
    expect(!edited.ok && edited.message).toMatch(/You made the latest changes/);
  });

  it("applies to approve, reject and request_changes alike, in any status", () => {
    for (const action of ["approve", "reject", "request_changes"] as const) {
      for (const status of REVIEW_STATUSES) {
        expect(authorizeReviewAction(action, { ...parties("admin", { actorId: "author" }), status })).toMatchObject({
          ok: false,
          code: "four_eyes",
        });
      }
    }
  });
});

describe("canSubmit", () => {
  it.each([
    { role: "editor", actorId: "author", ok: true },
    { role: "reviewer", actorId: "author", ok: true },
    { role: "admin", actorId: "author", ok: true },
    { role: "admin", actorId: "actor", ok: true },
    { role: "editor", actorId: "actor", ok: false },
    { role: "reviewer", actorId: "actor", ok: false },
  ] as const)("$role as $actorId → $ok", ({ role, actorId, ok }) => {
    const result = canSubmit(parties(role, { actorId }));
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.code).toBe("not_author");
  });
});

describe("canReopen", () => {
  it.each([
    { role: "editor", actorId: "actor", status: "approved", code: "role" },
    { role: "editor", actorId: "author", status: "rejected", code: "role" },
    { role: "reviewer", actorId: "actor", status: "approved", code: null },
    { role: "reviewer", actorId: "actor", status: "rejected", code: null },
    { role: "admin", actorId: "actor", status: "rejected", code: null },
    { role: "reviewer", actorId: "author", status: "approved", code: null },
    { role: "reviewer", actorId: "author", status: "rejected", code: "four_eyes" },
    { role: "admin", actorId: "author", status: "rejected", code: "four_eyes" },
  ] as const)("$role as $actorId on $status → $code", ({ role, actorId, status, code }) => {
    const result = canReopen({ ...parties(role, { actorId }), status });
    if (code === null) return expect(result).toEqual({ ok: true });
    expect(result).toMatchObject({ ok: false, code });
  });

  it("refuses the last editor of a rejected annotation", () => {
    expect(canReopen({ ...parties("reviewer", { lastEditedById: "actor" }), status: "rejected" })).toMatchObject({
      code: "four_eyes",
    });
  });
});

describe("authorizeReviewAction", () => {
  it("lets anyone record an edit and nobody trigger text_changed", () => {
    for (const role of ROLES) {
      expect(authorizeReviewAction("edit", { ...parties(role), status: "draft" })).toEqual({ ok: true });
      expect(authorizeReviewAction("text_changed", { ...parties(role), status: "approved" })).toMatchObject({
        ok: false,
        code: "role",
      });
    }
  });

  it("answers for every action and role", () => {
    for (const action of REVIEW_ACTIONS) {
      for (const role of ROLES) {
        const result = authorizeReviewAction(action, { ...parties(role), status: "submitted" });
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
      }
    }
  });
});
