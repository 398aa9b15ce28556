import { describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import type { Actor } from "@/lib/server/auth/actor";
import { addComment } from "@/lib/server/comments/add-comment";
import { db } from "@/lib/server/db/prisma";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { newArticle, person } from "@/app/api/annotations/review-fixtures.test-helper";
import { callRoute } from "@/test/integration/api-client";
import { GET as search } from "./route";

/** A made-up word no other test writes, so results are this test's own. */
function nonce(): string {
  return `zq${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
}

async function claim(
  author: Actor,
  articleId: string,
  exact: string,
  extra: Partial<{ rationale: string; note: string; verdict: "true" | "false" | "unverified"; evidence: AnnotationContent["evidence"] }> = {},
) {
  const content = {
    kind: "claim",
    fields: { claimant: "Minister", verdict: extra.verdict ?? "unverified", rationale: extra.rationale ?? "" },
    note: extra.note ?? "",
    evidence: extra.evidence ?? [],
  } as AnnotationContent;
  const created = await createAnnotation(author, articleId, { content, placement: { selector: { exact } } });
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

async function searchAs(token: string, query: Record<string, string>) {
  return callRoute(search, { method: "GET", token, query: `?${new URLSearchParams(query)}` });
}

describe("GET /api/search", () => {
  it("ranks an article matching in its title and annotations above one mentioning the word once in its text", async () => {
    const word = nonce();
    const editor = await person("editor");
    const weak = await newArticle(`A long report on many topics. Somewhere it mentions ${word} in passing, and moves on to other things entirely.`, "Unrelated headline");
    const strong = await newArticle(`${word} rose sharply. Officials said ${word} would fall.`, `${word} report`);
    await claim(editor, strong.id, `${word} rose sharply`);
    const found = await searchAs(editor.token, { q: word });
    expect(found.status).toBe(200);
    expect(found.json.groups.map((g: { article: { id: string } }) => g.article.id)).toEqual([strong.id, weak.id]);
    const sources = found.json.groups[0].hits.map((h: { source: string }) => h.source);
    expect(sources).toEqual(expect.arrayContaining(["title", "text", "annotation"]));
    const hit = found.json.groups[0].hits.find((h: { source: string }) => h.source === "annotation");
    expect(hit.snippet).toContainEqual({ text: word, hit: true });
    expect(hit.href).toMatch(new RegExp(`^/articles/${strong.id}#annotation-`));
  });

  it("finds a phrase only where its words stand together, and the last word as a prefix", async () => {
    const word = nonce();
    const together = await newArticle(`The ${word} cost of living crisis deepened.`, "Together");
    const apart = await newArticle(`Living here, the ${word} cost was lower than the crisis of others.`, "Apart");
    const editor = await person("editor");
    const phrase = await searchAs(editor.token, { q: `${word} "cost of living"` });
    expect(phrase.json.groups.map((g: { article: { id: string } }) => g.article.id)).toEqual([together.id]);
    const prefix = await searchAs(editor.token, { q: word.slice(0, 7) });
    expect(prefix.json.groups.map((g: { article: { id: string } }) => g.article.id).sort()).toEqual([together.id, apart.id].sort());
    const stemmed = await searchAs(editor.token, { q: `${word} deepening` });
    expect(stemmed.json.groups.map((g: { article: { id: string } }) => g.article.id)).toEqual([together.id]);
  });

  it("finds Urdu words in text and annotations, and links a text hit to its passage", async () => {
    const word = nonce();
    const urduWord = `مہنگائی${word}`;
    const text = `حکومت نے کہا کہ ${urduWord} دس فیصد کم ہوئی۔`;
    const article = await newArticle(text, "Urdu");
    const editor = await person("editor");
    await claim(editor, article.id, `${urduWord} دس فیصد کم ہوئی`);
    const found = await searchAs(editor.token, { q: urduWord });
    expect(found.json.groups).toHaveLength(1);
    const textHit = found.json.groups[0].hits.find((h: { source: string }) => h.source === "text");
    const start = [...text.slice(0, text.indexOf(urduWord))].length;
    expect(textHit.passage).toEqual({ start, end: start + [...urduWord].length });
    expect(textHit.href).toBe(`/articles/${article.id}#passage-${textHit.passage.start}-${textHit.passage.end}`);
    expect(found.json.groups[0].hits.some((h: { source: string }) => h.source === "annotation")).toBe(true);
  });

  it("highlights a hit deep in a long article and links its exact passage (snippet cut around it, not from the start)", async () => {
    const word = nonce();
    const filler = "The committee met again on Tuesday and discussed the schedule of hearings at length. ";
    const before = `😀 ${filler.repeat(150)}`;
    const text = `${before}Officials said ${word} had doubled since spring. ${filler.repeat(150)}`;
    const article = await newArticle(text, "Long report");
    const editor = await person("editor");
    const found = await searchAs(editor.token, { q: word });
    expect(found.json.groups.map((g: { article: { id: string } }) => g.article.id)).toEqual([article.id]);
    const textHit = found.json.groups[0].hits.find((h: { source: string }) => h.source === "text");
    expect(textHit.snippet).toContainEqual({ text: word, hit: true });
    const start = [...text.slice(0, text.indexOf(word))].length;
    expect(textHit.passage).toEqual({ start, end: start + [...word].length });
    const stemmed = await searchAs(editor.token, { q: `${word} doubling` });
    const stemmedHit = stemmed.json.groups[0].hits.find((h: { source: string }) => h.source === "text");
    expect(stemmedHit.snippet.filter((part: { hit: boolean }) => part.hit).map((part: { text: string }) => part.text)).toEqual(expect.arrayContaining([word, "doubled"]));
  });

  it("finds evidence and comments and opens their annotation; filters narrow to annotations", async () => {
    const word = nonce();
    const article = await newArticle(`The budget grew by a third this year, officials said.`, "Budget");
    const editor = await person("editor");
    const a = await claim(editor, article.id, "The budget grew by a third", {
      verdict: "false",
      evidence: [{ url: "https://stats.example.org/budget", title: `${word} statistics bulletin`, excerpt: "", accessedOn: null }],
    });
    const b = await claim(editor, article.id, "officials said");
    const commented = await addComment(editor, b.id, { body: `Check with the ${word} office`, mentions: [] });
    expect(commented.ok).toBe(true);
    const all = await searchAs(editor.token, { q: word });
    const hits = all.json.groups[0].hits;
    expect(hits.find((h: { source: string }) => h.source === "evidence").href).toBe(`/articles/${article.id}#annotation-${a.id}`);
    expect(hits.find((h: { source: string }) => h.source === "comment").href).toBe(`/articles/${article.id}#annotation-${b.id}`);
    const falseOnly = await searchAs(editor.token, { q: word, verdict: "false" });
    expect(falseOnly.json.groups[0].hits.map((h: { annotation: { id: string } }) => h.annotation.id)).toEqual([a.id]);
    const quotes = await searchAs(editor.token, { q: word, kind: "quote" });
    expect(quotes.json.groups).toEqual([]);
    const badFilter = await searchAs(editor.token, { q: word, verdict: "maybe" });
    expect(badFilter.status).toBe(400);
    expect(badFilter.json.error.message).toMatch(/verdict must be one of/);
  });

  it("pages through articles with a cursor and a Link header, and refuses a bad cursor", async () => {
    const word = nonce();
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await newArticle(`${"filler words here. ".repeat(i)}${word} appears.`, `Paged ${i}`)).id);
    const editor = await person("editor");
    const first = await searchAs(editor.token, { q: word, limit: "2" });
    expect(first.json.groups).toHaveLength(2);
    expect(first.headers.get("link")).toContain('rel="next"');
    const seen = first.json.groups.map((g: { article: { id: string } }) => g.article.id);
    let cursor = first.json.nextCursor;
    while (cursor) {
      const next = await searchAs(editor.token, { q: word, limit: "2", cursor });
      seen.push(...next.json.groups.map((g: { article: { id: string } }) => g.article.id));
      cursor = next.json.nextCursor;
    }
    expect(seen.sort()).toEqual(ids.sort());
    expect((await searchAs(editor.token, { q: word, cursor: "nonsense" })).status).toBe(400);
  });

  it("refuses empty and oversized queries with a message", async () => {
    const editor = await person("editor");
    const empty = await searchAs(editor.token, { q: "  " });
    expect(empty.status).toBe(400);
    expect(empty.json.error.message).toMatch(/Type something/);
    expect((await searchAs(editor.token, { q: "x".repeat(201) })).status).toBe(400);
    expect((await searchAs(editor.token, { q: "?!" })).status).toBe(400);
  });

  it("shows nothing deleted, and nothing to callers the policy refuses", async () => {
    const word = nonce();
    const editor = await person("editor");
    const kept = await newArticle(`${word} kept.`, "Kept");
    const gone = await newArticle(`${word} gone.`, "Gone");
    await db().article.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    const annotation = await claim(editor, kept.id, "kept");
    await claim(editor, kept.id, word);
    expect((await deleteAnnotation(editor, annotation.id, annotation.version)).ok).toBe(true);
    const found = await searchAs(editor.token, { q: word });
    expect(found.json.groups.map((g: { article: { id: string } }) => g.article.id)).toEqual([kept.id]);
    const onlyDeleted = await searchAs(editor.token, { q: `${word} kept`, kind: "claim" });
    expect(onlyDeleted.json.groups).toEqual([]);

    expect((await callRoute(search, { method: "GET", token: "fd_not-a-token", query: `?q=${word}` })).status).toBe(401);
    const leaver = await person("editor");
    await db().user.update({ where: { id: leaver.id }, data: { active: false } });
    expect((await searchAs(leaver.token, { q: word })).status).toBe(401);
    const newcomer = await person("reviewer");
    await db().user.update({ where: { id: newcomer.id }, data: { mustChangePassword: true } });
    const refused = await searchAs(newcomer.token, { q: word });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("password_change_required");
  });
});
