import { describe, expect, it } from "vitest";
import type { DeskEvent, DeskEventInput } from "@/lib/events/event-types";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import { callRoute } from "@/test/integration/api-client";
import { newArticle, newDraft, person, step } from "../annotations/review-fixtures.test-helper";
import { POST as postComment } from "../annotations/[id]/comments/route";
import { POST as postUser } from "../users/route";
import { GET as getAudit } from "./route";

type Listed = DeskEvent & { actor: { id: string; name: string } | null };

const audit = (token: string, query: string) => callRoute(getAudit, { method: "GET", token, query });

/** Every event of `query`, page by page, following `nextCursor` and checking the Link header. */
async function walk(token: string, query: string): Promise<{ events: Listed[]; pages: number }> {
  const events: Listed[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await audit(token, `${query}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    events.push(...response.json.events);
    cursor = response.json.nextCursor;
    if (cursor) expect(response.headers.get("link")).toContain(`cursor=${cursor}`);
    else expect(response.headers.get("link")).toBeNull();
    pages++;
  } while (cursor && pages < 100);
  return { events, pages };
}

describe("GET /api/audit", () => {
  it("pages an article's events in stream order, typed, with who did them", async () => {
    const [author, reviewer, admin] = [await person("editor", "Aisha"), await person("reviewer", "Bashir"), await person("admin", "Chen")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "taxes fell by 3.5 percent");
    const submitted = await step("submit", author, draft.id, { version: draft.version });
    await step("request-changes", reviewer, draft.id, { version: submitted.json.version, reason: "Which year?" });
    await callRoute(postComment, { method: "POST", token: author.token, params: { id: draft.id }, body: { body: "2023." } });

    const { events, pages } = await walk(admin.token, `?articleId=${article.id}&limit=2`);
    expect(pages).toBe(3);
    expect(events.map((event) => [event.type, event.actor?.name ?? null])).toEqual([
      ["article.created", expect.any(String)],
      ["annotation.created", author.name],
      ["annotation.submitted", author.name],
      ["annotation.changes_requested", reviewer.name],
      ["comment.added", reviewer.name],
      ["comment.added", author.name],
    ]);
    const positions = events.map((event) => BigInt(event.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    expect(events[3]).toMatchObject({
      entityId: draft.id,
      articleId: article.id,
      actorId: reviewer.id,
      payload: { before: { status: "submitted" }, after: { status: "changes_requested", reason: "Which year?" } },
    });

    // Filtered by type (repeated or comma-separated) and by time.
    const comments = await audit(admin.token, `?articleId=${article.id}&type=comment.added,annotation.created`);
    expect(comments.json.events.map((event: Listed) => event.type)).toEqual(["annotation.created", "comment.added", "comment.added"]);
    const created = Date.parse(events[0].at);
    expect((await audit(admin.token, `?articleId=${article.id}&to=${new Date(created).toISOString()}`)).json.events).toEqual([]);
    expect((await audit(admin.token, `?articleId=${article.id}&from=${new Date(created).toISOString()}`)).json.events).toHaveLength(6);
  });

  it("exports the same events as CSV", async () => {
    const [author, admin] = [await person("editor", "Dara"), await person("admin", "Emeka")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Critics disagreed!");
    await callRoute(postComment, { method: "POST", token: author.token, params: { id: draft.id }, body: { body: '=SUM(A1:A9), "quoted"' } });

    const response = await callRoute(getAudit, { method: "GET", token: admin.token, query: `?articleId=${article.id}&format=csv&limit=1` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (response.json as string).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("position,at,type,actor_id,actor_name,entity_id,article_id,payload");
    expect(lines.slice(1, -1).map((line) => line.split(",")[2])).toEqual(["article.created", "annotation.created", "comment.added"]);
    expect(lines[3]).toContain(`${author.id},${author.name},`);
    expect(lines[3]).toContain('""body"":""=SUM(A1:A9), \\""quoted\\""""');
    expect(lines.at(-1)).toBe("");
  });

  it("streams a CSV longer than a page, every event once, in order", async () => {
    const admin = await person("admin");
    const article = await newArticle();
    const comments: DeskEventInput[] = Array.from({ length: 1234 }, (_, index) => ({
      type: "comment.added",
      actorId: admin.id,
      entityId: `comment-${index}`,
      articleId: article.id,
      payload: { after: { annotationId: "a1", body: `Comment ${index}` } },
    }));
    await transactWithEvents(async (_tx, events) => events.add(...comments));

    const response = await callRoute(getAudit, { method: "GET", token: admin.token, query: `?articleId=${article.id}&type=comment.added&format=csv` });
    expect(response.status).toBe(200);
    const records = (response.json as string).split("\r\n").slice(1, -1);
    expect(records.map((record) => record.split(",")[5])).toEqual(comments.map((comment) => comment.entityId));
  });

  it("shows user events and everyone's API-token events to admins", async () => {
    const [editor, admin] = [await person("editor"), await person("admin")];
    const since = new Date(Date.now() - 60_000).toISOString();
    const email = `audited-${Math.random().toString(36).slice(2, 8)}@test.example`;
    const made = await callRoute(postUser, { method: "POST", token: admin.token, body: { email, name: "Audited", role: "editor" } });
    expect(made.status).toBe(201);

    const { events } = await walk(admin.token, `?type=user.created,token.created&from=${since}&limit=500`);
    expect(events.find((event) => event.entityId === made.json.user.id)).toMatchObject({ type: "user.created", payload: { after: { email, role: "editor" } } });
    const tokens = events.filter((event) => event.type === "token.created");
    expect(tokens.some((event) => event.actorId === admin.id)).toBe(true);
    expect(tokens.some((event) => event.actorId === editor.id)).toBe(true);
  });

  it("is for admins only, and names bad filters and cursors", async () => {
    const [editor, reviewer, admin] = [await person("editor"), await person("reviewer"), await person("admin")];
    expect((await audit(editor.token, "")).status).toBe(403);
    expect((await audit(reviewer.token, "")).status).toBe(403);

    const bad = await audit(admin.token, "?type=annotation.teleported&from=yesterday&format=xml");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fieldErrors).sort()).toEqual(["format", "from", "type.0"]);
    expect((await audit(admin.token, "?from=2026-12-02&to=2026-12-01")).json.error.fieldErrors).toEqual({ to: "to must be after from" });
    expect((await audit(admin.token, "?cursor=bm9wZQ")).status).toBe(400);
    expect((await audit(admin.token, "?limit=501")).status).toBe(400);
    expect((await audit(admin.token, "?format=csv&cursor=bm9wZQ")).status).toBe(400);
  });
});
