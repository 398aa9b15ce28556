import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { POST as postAnnotation } from "./[id]/annotations/route";
import { POST as dismissRoute } from "./[id]/suggestions/dismiss/route";
import { GET as suggestionsRoute } from "./[id]/suggestions/route";
import { PUT as putArticle } from "./[id]/route";
import { POST as postArticle } from "./route";

const TEXT = [
  "😀 Pakistan's Ambassador to Qatar, Muhammad Aejaz, hosted the delegation.",
  "Aejaz's reaction on X echoed a sentiment of camaraderie, stating, “Both remain neighbors and brothers.”",
  "Exports to Afghanistan rose 12 percent last year, the trade ministry said.",
].join("\n");

type SuggestionJson = { kind: string; start: number; end: number; exact: string; fields: Record<string, string>; reason: string; confidence: number };

async function sampleArticle() {
  const editor = await createTestUser("editor");
  const token = await tokenFor(editor);
  const created = await callRoute(postArticle, { method: "POST", token, body: { title: "Doha", text: TEXT } });
  expect(created.status).toBe(201);
  return { editor, token, id: created.json.id as string };
}

const suggestions = async (token: string, id: string) => {
  const response = await callRoute(suggestionsRoute, { method: "GET", token, params: { id } });
  expect(response.status).toBe(200);
  return response.json.suggestions as SuggestionJson[];
};

describe("GET /api/articles/{id}/suggestions", () => {
  it("suggests the quote with its speaker and the claim, in code points of the current revision", async () => {
    const { token, id } = await sampleArticle();
    const list = await suggestions(token, id);
    const quote = list.find((s) => s.kind === "quote")!;
    expect(quote).toMatchObject({ exact: "Both remain neighbors and brothers.", fields: { speaker: "Muhammad Aejaz" } });
    expect([...TEXT].slice(quote.start, quote.end).join("")).toBe(quote.exact);
    expect(list.find((s) => s.kind === "claim")).toMatchObject({ fields: { claimant: "trade ministry" } });
  });

  it("no longer suggests a span once it is tagged", async () => {
    const { token, id } = await sampleArticle();
    const quote = (await suggestions(token, id)).find((s) => s.kind === "quote")!;
    const created = await callRoute(postAnnotation, {
      method: "POST",
      token,
      params: { id },
      body: { kind: "quote", fields: quote.fields, start: quote.start, end: quote.end },
    });
    expect(created.status).toBe(201);
    expect((await suggestions(token, id)).some((s) => s.kind === "quote")).toBe(false);
  });

  it("answers 404 for an unknown article", async () => {
    const { token } = await sampleArticle();
    const response = await callRoute(suggestionsRoute, { method: "GET", token, params: { id: "nope" } });
    expect(response.status).toBe(404);
  });
});

describe("POST /api/articles/{id}/suggestions/dismiss", () => {
  it("hides the suggestion for this revision, records one event, and is idempotent", async () => {
    const { token, id, editor } = await sampleArticle();
    const claim = (await suggestions(token, id)).find((s) => s.kind === "claim")!;
    const body = { kind: "claim", start: claim.start, end: claim.end, revision: 1 };
    const first = await callRoute(dismissRoute, { method: "POST", token, params: { id }, body });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ revision: 1, kind: "claim", start: claim.start, end: claim.end });
    expect((await callRoute(dismissRoute, { method: "POST", token, params: { id }, body })).status).toBe(200);
    expect((await suggestions(token, id)).some((s) => s.kind === "claim")).toBe(false);
    const events = await db().auditEvent.findMany({ where: { articleId: id, type: "suggestion.dismissed" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: editor.id, entityType: "article", after: { exact: claim.exact, kind: "claim", revision: 1 } });
  });

  it("shows a dismissed suggestion again on the next revision, and refuses a stale revision", async () => {
    const { token, id } = await sampleArticle();
    const claim = (await suggestions(token, id)).find((s) => s.kind === "claim")!;
    await callRoute(dismissRoute, { method: "POST", token, params: { id }, body: { kind: "claim", start: claim.start, end: claim.end } });
    const saved = await callRoute(putArticle, { method: "PUT", token, params: { id }, body: { text: `${TEXT}\nA new line.`, revision: 1 } });
    expect(saved.status).toBe(200);
    expect((await suggestions(token, id)).some((s) => s.kind === "claim")).toBe(true);
    const stale = await callRoute(dismissRoute, { method: "POST", token, params: { id }, body: { kind: "claim", start: claim.start, end: claim.end, revision: 1 } });
    expect(stale.status).toBe(409);
  });

  it("takes two dismissals of the same suggestion at once as one", async () => {
    const { token, id } = await sampleArticle();
    const claim = (await suggestions(token, id)).find((s) => s.kind === "claim")!;
    const body = { kind: "claim", start: claim.start, end: claim.end };
    const responses = await Promise.all([1, 2].map(() => callRoute(dismissRoute, { method: "POST", token, params: { id }, body })));
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(await db().suggestionDismissal.count({ where: { articleId: id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { articleId: id, type: "suggestion.dismissed" } })).toBe(1);
  });

  it("refuses a span outside the text and a malformed body", async () => {
    const { token, id } = await sampleArticle();
    expect((await callRoute(dismissRoute, { method: "POST", token, params: { id }, body: { kind: "quote", start: 5, end: 99999 } })).status).toBe(400);
    expect((await callRoute(dismissRoute, { method: "POST", token, params: { id }, body: { kind: "rumour", start: 0, end: 3 } })).status).toBe(400);
  });
});
