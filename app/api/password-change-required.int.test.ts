import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/domain/roles";
import type { Actor } from "@/lib/server/auth/actor";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db/prisma";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { POST as postComment } from "./annotations/[id]/comments/route";
import { GET as getAnnotation } from "./annotations/[id]/route";
import { POST as postAnnotation } from "./articles/[id]/annotations/route";
import { GET as getArticle } from "./articles/[id]/route";
import { GET as listArticles, POST as postArticle } from "./articles/route";
import { GET as reviewQueue } from "./review-queue/route";
import { GET as listUsers, POST as postUser } from "./users/route";

/**
 * A user still on the one-time password an admin gave them may not use the API until they have
 * chosen their own: 403 `password_change_required` on every route, with a token or a session,
 * and nothing is written.
 */
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
beforeEach(() => {
  session.user = null;
});

async function invitedUser(role: Role): Promise<Actor> {
  const user = await createTestUser(role);
  await db().user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
  return user;
}

/** An article with one annotation, made by someone else, for the routes that need ids. */
async function world() {
  const owner = await createTestUser("admin");
  const token = await tokenFor(owner);
  const article = await callRoute(postArticle, { method: "POST", token, body: { title: "Invited", text: "The minister said the grid is fine." } });
  const annotation = await callRoute(postAnnotation, { method: "POST", token, params: { id: article.json.id }, body: { kind: "claim", fields: { claimant: "The minister" }, start: 0, end: 12 } });
  return { articleId: article.json.id as string, annotationId: annotation.json.id as string };
}

type Call = Parameters<typeof callRoute>[1];
type AnyHandler = Parameters<typeof callRoute>[0];

function calls(w: Awaited<ReturnType<typeof world>>): [string, AnyHandler, Call][] {
  return [
    ["GET /api/articles", listArticles as AnyHandler, { method: "GET" }],
    ["POST /api/articles", postArticle as AnyHandler, { method: "POST", body: { title: "Mine", text: "Text." } }],
    ["GET /api/articles/{id}", getArticle as AnyHandler, { method: "GET", params: { id: w.articleId } }],
    ["POST /api/articles/{id}/annotations", postAnnotation as AnyHandler, { method: "POST", params: { id: w.articleId }, body: { kind: "claim", fields: { claimant: "X" }, start: 0, end: 3 } }],
    ["GET /api/annotations/{id}", getAnnotation as AnyHandler, { method: "GET", params: { id: w.annotationId } }],
    ["POST /api/annotations/{id}/comments", postComment as AnyHandler, { method: "POST", params: { id: w.annotationId }, body: { body: "Hello" } }],
    ["GET /api/review-queue", reviewQueue as AnyHandler, { method: "GET" }],
    ["GET /api/users", listUsers as AnyHandler, { method: "GET" }],
    ["POST /api/users", postUser as AnyHandler, { method: "POST", body: { email: `invitee-${Date.now()}@test.example`, name: "Invitee", role: "editor" } }],
  ];
}

async function auditBy(actorId: string) {
  return db().auditEvent.count({ where: { actorId } });
}

describe("API access before the one-time password is changed", () => {
  it("refuses a Bearer token of a user who must change their password, on every route, writing nothing", async () => {
    const w = await world();
    const invited = await invitedUser("admin");
    const token = await tokenFor(invited);
    const before = await auditBy(invited.id);
    for (const [name, handler, call] of calls(w)) {
      const response = await callRoute(handler, { ...call, token });
      expect(response.status, name).toBe(403);
      expect(response.json.error.code, name).toBe("password_change_required");
      expect(response.json.error.message, name).toMatch(/change your password/i);
    }
    expect(await auditBy(invited.id)).toBe(before);
  });

  it("refuses the same user's browser session, on every route", async () => {
    const w = await world();
    const invited = await invitedUser("admin");
    session.user = { ...invited, mustChangePassword: true };
    for (const [name, handler, call] of calls(w)) {
      const response = await callRoute(handler, { ...call, headers: { "sec-fetch-site": "same-origin" } });
      expect(response.status, name).toBe(403);
      expect(response.json.error.code, name).toBe("password_change_required");
    }
  });

  it("lets the same routes through once the password is the user's own", async () => {
    const w = await world();
    const user = await createTestUser("admin");
    const token = await tokenFor(user);
    for (const [name, handler, call] of calls(w)) {
      const response = await callRoute(handler, { ...call, token });
      expect([401, 403], name).not.toContain(response.status);
      expect(response.status, name).toBeLessThan(300);
    }
  });
});
