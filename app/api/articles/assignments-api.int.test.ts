import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { person, newArticle, newDraft, step } from "@/app/api/annotations/review-fixtures.test-helper";
import { callRoute } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { PUT as putAssignments } from "./[id]/assignments/route";
import { GET as getArticle } from "./[id]/route";
import { GET as listArticles } from "./route";

const assign = (token: string, id: string, body: unknown) => callRoute(putAssignments, { method: "PUT", token, params: { id }, body });
const assignedEvents = (articleId: string) => db().auditEvent.findMany({ where: { articleId, type: "article.assigned" }, orderBy: { id: "asc" } });

describe("PUT /api/articles/{id}/assignments", () => {
  it("assigns editors and reviewers with a due date and status, shows them on the article and writes one article.assigned event", async () => {
    const [admin, editor, reviewer] = [await person("admin"), await person("editor", "Edna"), await person("reviewer", "Rex")];
    const article = await newArticle();
    const response = await assign(admin.token, article.id, {
      assignees: [
        { userId: editor.id, role: "annotate" },
        { userId: reviewer.id, role: "review" },
        { userId: editor.id, role: "annotate" },
      ],
      dueAt: "2026-12-03",
      deskStatus: "annotating",
    });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ id: article.id, deskStatus: "annotating", dueAt: "2026-12-03T23:59:59.999Z" });
    expect(response.json.assignees).toEqual([
      { userId: editor.id, name: editor.name, role: "annotate" },
      { userId: reviewer.id, name: reviewer.name, role: "review" },
    ]);
    const read = await callRoute(getArticle, { method: "GET", token: editor.token, params: { id: article.id } });
    expect(read.json).toMatchObject({ deskStatus: "annotating", assignees: response.json.assignees });

    const [event] = await assignedEvents(article.id);
    expect(event).toMatchObject({ actorId: admin.id, entityType: "article", entityId: article.id, action: "assign" });
    expect(event.before).toEqual({ assignees: [], dueAt: null, deskStatus: "to_do" });
    expect(event.after).toMatchObject({ dueAt: "2026-12-03T23:59:59.999Z", deskStatus: "annotating" });
    const rows = await db().articleAssignment.findMany({ where: { articleId: article.id } });
    expect(rows.every((row) => row.assignedById === admin.id)).toBe(true);

    // Each new assignee is notified, in the same transaction; the admin who assigned is not.
    const notified = await db().notification.findMany({ where: { articleId: article.id }, orderBy: { recipientId: "asc" } });
    expect(notified.map((n) => [n.recipientId, n.type, n.text]).sort()).toEqual(
      [
        [editor.id, "assigned", `${admin.name} assigned you to annotate an article, due 2026-12-03`],
        [reviewer.id, "assigned", `${admin.name} assigned you to review an article, due 2026-12-03`],
      ].sort(),
    );
  });

  it("replaces the list, keeps left-out fields, and writes nothing when nothing changes", async () => {
    const [editor, other, reviewer] = [await person("editor"), await person("editor"), await person("reviewer")];
    const article = await newArticle();
    await assign(editor.token, article.id, {
      assignees: [
        { userId: other.id, role: "annotate" },
        { userId: reviewer.id, role: "review" },
      ],
      dueAt: "2026-12-01T10:00:00Z",
    });
    const replaced = await assign(editor.token, article.id, { assignees: [{ userId: reviewer.id, role: "review" }] });
    expect(replaced.json).toMatchObject({ dueAt: "2026-12-01T10:00:00.000Z", assignees: [{ userId: reviewer.id, role: "review" }] });
    await assign(editor.token, article.id, { assignees: [{ userId: reviewer.id, role: "review" }] });
    const events = await assignedEvents(article.id);
    expect(events).toHaveLength(2);
    expect(events[1].before).toMatchObject({
      assignees: [
        { userId: other.id, role: "annotate" },
        { userId: reviewer.id, role: "review" },
      ],
    });
    const cleared = await assign(editor.token, article.id, { assignees: [], dueAt: null });
    expect(cleared.json).toMatchObject({ dueAt: null, assignees: [] });
  });

  it("refuses reviewers as assigners (403) and unknown articles (404)", async () => {
    const [reviewer, editor] = [await person("reviewer"), await person("editor")];
    const article = await newArticle();
    const refused = await assign(reviewer.token, article.id, { assignees: [{ userId: editor.id, role: "annotate" }] });
    expect(refused.status).toBe(403);
    expect(refused.json.error.details).toEqual({ refusal: "role" });
    expect((await assign(editor.token, "no-such-article", { assignees: [] })).status).toBe(404);
    expect(await assignedEvents(article.id)).toHaveLength(0);
  });

  it("names what is wrong with a body or an assignee (400)", async () => {
    const [admin, editor] = [await person("admin"), await person("editor", "Edna")];
    const gone = await createTestUser("reviewer", { name: "Gone Reviewer", active: false });
    const article = await newArticle();
    const wrongRole = await assign(admin.token, article.id, { assignees: [{ userId: editor.id, role: "review" }] });
    expect(wrongRole.status).toBe(400);
    expect(wrongRole.json.error.message).toMatch(/is an editor: only reviewers and admins can be assigned to review/);
    const inactive = await assign(admin.token, article.id, { assignees: [{ userId: gone.id, role: "review" }] });
    expect(inactive.json.error.message).toBe("Gone Reviewer is deactivated and cannot be assigned");
    const unknown = await assign(admin.token, article.id, { assignees: [{ userId: "nobody", role: "annotate" }] });
    expect(unknown.json.error.fieldErrors).toEqual({ "assignees.0": "No user with id nobody" });
    const badBody = await assign(admin.token, article.id, { assignees: [{ userId: editor.id, role: "boss" }], dueAt: "soon", deskStatus: "lost" });
    expect(badBody.status).toBe(400);
    expect(Object.keys(badBody.json.error.fieldErrors).sort()).toEqual(["assignees.0.role", "deskStatus", "dueAt"]);
    expect((await assign(admin.token, article.id, {})).status).toBe(400);
    expect(await assignedEvents(article.id)).toHaveLength(0);
  });

  it("publishes only once the review is complete", async () => {
    const [editor, author, reviewer] = [await person("editor"), await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const empty = await assign(editor.token, article.id, { assignees: [], deskStatus: "published" });
    expect(empty.status).toBe(400);
    expect(empty.json.error.fieldErrors.deskStatus).toMatch(/nothing on it has been annotated/);
    const draft = await newDraft(author, article.id, "Critics disagreed!");
    const open = await assign(editor.token, article.id, { assignees: [], deskStatus: "published" });
    expect(open.json.error.message).toMatch(/until its review is complete/);
    await step("submit", author, draft.id, { version: draft.version });
    await step("approve", reviewer, draft.id, { version: draft.version + 1 });
    const published = await assign(editor.token, article.id, { assignees: [], deskStatus: "published" });
    expect(published.status).toBe(200);
    expect(published.json.deskStatus).toBe("published");
  });
});

describe("GET /api/articles filters", () => {
  it("filters by assignee (me or an id), status and due date, and keeps the filters across pages", async () => {
    const [editor, reviewer] = [await person("editor"), await person("reviewer")];
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;
    const overdue = [await newArticle(undefined, "Overdue 1"), await newArticle(undefined, "Overdue 2"), await newArticle(undefined, "Overdue 3")];
    const soon = await newArticle(undefined, "Due soon");
    const unassigned = await newArticle(undefined, "Nobody's");
    for (const article of overdue) await assign(editor.token, article.id, { assignees: [{ userId: editor.id, role: "annotate" }], dueAt: new Date(now - day).toISOString(), deskStatus: "annotating" });
    await assign(editor.token, soon.id, { assignees: [{ userId: reviewer.id, role: "review" }], dueAt: new Date(now + 2 * day).toISOString(), deskStatus: "in_review" });
    await assign(editor.token, unassigned.id, { assignees: [], dueAt: new Date(now - day).toISOString() });

    const list = (token: string, query: string) => callRoute(listArticles, { method: "GET", token, query });
    const ids = (response: Awaited<ReturnType<typeof list>>) => response.json.articles.map((a: { id: string }) => a.id);

    const mine = await list(editor.token, "?assignee=me&limit=2");
    expect(ids(mine)).toEqual([overdue[2].id, overdue[1].id]);
    expect(mine.headers.get("link")).toMatch(/assignee=me/);
    const next = await list(editor.token, `?assignee=me&limit=2&cursor=${mine.json.nextCursor}`);
    expect(ids(next)).toEqual([overdue[0].id]);
    expect(next.json.nextCursor).toBeNull();

    expect(ids(await list(editor.token, `?assignee=${reviewer.id}`))).toEqual([soon.id]);
    expect(ids(await list(reviewer.token, "?assignee=me&due=this_week&status=in_review"))).toEqual([soon.id]);
    expect(ids(await list(reviewer.token, "?assignee=me&due=overdue"))).toEqual([]);
    const overdueAll = ids(await list(editor.token, "?due=overdue&limit=500"));
    expect(overdueAll).toEqual(expect.arrayContaining([...overdue.map((a) => a.id), unassigned.id]));
    expect(overdueAll).not.toContain(soon.id);
    const annotating = ids(await list(editor.token, "?status=annotating,in_review&limit=500"));
    expect(annotating).toEqual(expect.arrayContaining([...overdue.map((a) => a.id), soon.id]));
    expect(annotating).not.toContain(unassigned.id);

    const bad = await list(editor.token, "?due=yesterday&status=lost");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fieldErrors).sort()).toEqual(["due", "status.0"]);
  });
});
