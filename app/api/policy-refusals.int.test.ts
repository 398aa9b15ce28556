import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { POST as postAnnotation } from "./articles/[id]/annotations/route";
import { PUT as putArticle } from "./articles/[id]/route";
import { GET as listArticles, POST as postArticle } from "./articles/route";
import { PATCH as patchAnnotation } from "./annotations/[id]/route";
import { POST as approve } from "./annotations/[id]/approve/route";
import { POST as postUser } from "./users/route";

/** The API refuses through the one policy: 401 signed out, 403 with the policy's message and reason. */
describe("API refusals come from the policy", () => {
  it("answers a role the policy refuses with 403, the policy's message and details.refusal", async () => {
    const editor = await createTestUser("editor");
    const response = await callRoute(postUser, { method: "POST", token: await tokenFor(editor), body: { email: `x-${Date.now()}@test.example`, name: "X", role: "editor" } });
    expect(response.status).toBe(403);
    expect(response.json.error).toEqual({ code: "forbidden", message: "Only admins can manage users.", details: { refusal: "role" } });
  });

  it("refuses a reviewer's change of an article's text, and an editor's decision, by role", async () => {
    const admin = await createTestUser("admin");
    const article = await callRoute(postArticle, { method: "POST", token: await tokenFor(admin), body: { title: "Policy", text: "The minister said the grid is fine." } });
    const reviewer = await createTestUser("reviewer");
    const put = await callRoute(putArticle, { method: "PUT", token: await tokenFor(reviewer), params: { id: article.json.id }, body: { text: "New.", revision: 1 } });
    expect(put.status).toBe(403);
    expect(put.json.error.details).toEqual({ refusal: "role" });

    const annotation = await callRoute(postAnnotation, {
      method: "POST",
      token: await tokenFor(admin),
      params: { id: article.json.id },
      body: { kind: "claim", fields: { claimant: "The minister" }, start: 0, end: 12 },
    });
    const editor = await createTestUser("editor");
    const decision = await callRoute(approve, { method: "POST", token: await tokenFor(editor), params: { id: annotation.json.id }, body: { version: annotation.json.version } });
    expect(decision.status).toBe(403);
    expect(decision.json.error).toMatchObject({ code: "forbidden", message: expect.stringMatching(/Editors can't review/), details: { refusal: "role" } });
  });

  it("keeps someone else's annotation hidden from edits (404), as the query only sees one's own", async () => {
    const admin = await createTestUser("admin");
    const token = await tokenFor(admin);
    const article = await callRoute(postArticle, { method: "POST", token, body: { title: "Hidden", text: "The minister said the grid is fine." } });
    const annotation = await callRoute(postAnnotation, { method: "POST", token, params: { id: article.json.id }, body: { kind: "claim", fields: { claimant: "The minister" }, start: 0, end: 12 } });
    const other = await createTestUser("admin");
    const edit = await callRoute(patchAnnotation, { method: "PATCH", token: await tokenFor(other), params: { id: annotation.json.id }, body: { note: "Mine now", version: annotation.json.version } });
    expect(edit.status).toBe(404);
  });

  it("treats a deactivated user's token as signed out (401)", async () => {
    const editor = await createTestUser("editor");
    const token = await tokenFor(editor);
    await db().user.update({ where: { id: editor.id }, data: { active: false } });
    const response = await callRoute(listArticles, { method: "GET", token });
    expect(response.status).toBe(401);
    expect(response.json.error.code).toBe("unauthenticated");
  });
});
