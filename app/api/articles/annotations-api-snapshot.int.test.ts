import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { db } from "@/lib/server/db/prisma";
import { toAnnotationJson } from "@/lib/server/http/annotation-response";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { GET as getAnnotation } from "../annotations/[id]/route";
import { GET as listAnnotations, POST as postAnnotation } from "./[id]/annotations/route";
import { POST as postArticle } from "./route";

// Code points beyond the BMP and right-to-left text, so that offsets in code points show.
const TEXT = 'The minister said 🇵🇰 taxes fell by 3.5% last year.\nوزیر نے کہا کہ ٹیکس کم ہوئے۔\nCritics "disagree" <strongly> — and say so twice 😀 on air.';

/**
 * The annotations endpoint answers byte for byte what it answered before its read path was
 * made faster: an article with every kind, field, decision, evidence list, reuse and anchor
 * state, read whole, filtered and page by page, compared with a snapshot taken before the change
 * (ids that differ per run are replaced by their role's name).
 */
async function seedArticle() {
  const run = randomUUID().slice(0, 8);
  const editor = await createTestUser("editor", { name: "Nadia Editor" });
  const reviewer = await createTestUser("reviewer", { name: "Omar Reviewer" });
  const token = await tokenFor(editor);
  const created = await callRoute(postArticle, { method: "POST", token, body: { title: "Snapshot article", outlet: "Daily Example", text: TEXT } });
  expect(created.status).toBe(201);
  const articleId: string = created.json.id;
  const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId }, select: { id: true, text: true } });
  const points = Array.from(revision.text);
  const span = (exact: string, from = 0) => {
    const at = revision.text.indexOf(exact, from);
    const start = Array.from(revision.text.slice(0, at)).length;
    const end = start + Array.from(exact).length;
    return { start, end, exact, prefix: points.slice(Math.max(0, start - 32), start).join(""), suffix: points.slice(end, end + 32).join("") };
  };
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 14, 9, minute, 30, 123));
  const common = { articleId, revisionId: revision.id, authorId: editor.id, lastEditedById: editor.id, lastActorId: editor.id };
  const id = (name: string) => `snap${run}${name}`;
  await db().annotation.createMany({
    data: [
      {
        ...common,
        id: id("claim1"),
        kind: "claim",
        ...span("taxes fell by 3.5%"),
        claimant: "The minister",
        verdict: "false",
        rationale: "Ministry tables say 1.2%.",
        note: 'Line "one"\nline <two> & 😀',
        status: "approved",
        version: 3,
        createdAt: at(1),
        updatedAt: at(2),
      },
      {
        ...common,
        id: id("claim2"),
        kind: "claim",
        ...span("The minister said 🇵🇰 taxes fell"),
        claimant: "",
        verdict: "unverified",
        rationale: "",
        status: "draft",
        createdAt: at(3),
        updatedAt: at(3),
      },
      {
        ...common,
        id: id("quote1"),
        kind: "quote",
        ...span("ٹیکس کم ہوئے"),
        speaker: "وزیر",
        saidWhere: "Press conference",
        saidOn: new Date("2026-03-13"),
        wordingVerified: true,
        status: "submitted",
        createdAt: at(4),
        updatedAt: at(5),
      },
      {
        ...common,
        id: id("quote2"),
        kind: "quote",
        ...span("twice 😀 on air"),
        speaker: "Critics",
        saidWhere: "",
        saidOn: null,
        wordingVerified: false,
        status: "changes_requested",
        anchorState: "changed",
        previousExact: "twice on air",
        createdAt: at(6),
        updatedAt: at(7),
      },
      {
        ...common,
        id: id("alleg1"),
        kind: "allegation",
        ...span('Critics "disagree" <strongly>'),
        allegedBy: "Critics",
        allegedAgainst: "The minister",
        rightOfReplySought: true,
        rightOfReplySoughtOn: new Date("2026-03-15"),
        status: "rejected",
        createdAt: at(8),
        updatedAt: at(9),
      },
      {
        ...common,
        id: id("alleg2"),
        kind: "allegation",
        ...span("say so"),
        allegedBy: "",
        allegedAgainst: "",
        rightOfReplySought: false,
        rightOfReplySoughtOn: null,
        status: "needs_rereview",
        createdAt: at(10),
        updatedAt: at(10),
      },
      {
        ...common,
        id: id("orphan"),
        kind: "claim",
        ...span("last year"),
        claimant: "X",
        verdict: "mostly_true",
        rationale: "",
        status: "draft",
        anchorState: "orphaned",
        previousExact: "last years",
        createdAt: at(11),
        updatedAt: at(11),
      },
      {
        ...common,
        id: id("deleted"),
        kind: "claim",
        ...span("minister"),
        claimant: "Gone",
        verdict: "true",
        rationale: "",
        deletedAt: at(12),
        deletedById: editor.id,
        createdAt: at(12),
        updatedAt: at(12),
      },
      {
        ...common,
        id: id("reuse"),
        kind: "claim",
        ...span("3.5%"),
        claimant: "The minister",
        verdict: "false",
        rationale: "Reused.",
        reusedFromId: id("claim1"),
        lastEditedById: reviewer.id,
        createdAt: at(13),
        updatedAt: at(14),
      },
    ],
  });
  await db().evidence.createMany({
    data: [
      { annotationId: id("claim1"), position: 1, url: "https://example.org/b?x=1&y=2", title: "Second", excerpt: "", accessedOn: null },
      { annotationId: id("claim1"), position: 0, url: "https://example.org/a", title: "Budget tables", excerpt: "1.2% — not 3.5%", accessedOn: new Date("2026-03-16") },
      { annotationId: id("alleg1"), position: 0, url: "https://example.org/c", title: "", excerpt: "", accessedOn: null },
    ],
  });
  const decide = async (annotation: string, action: "approve" | "reject" | "request_changes" | "submit", reason: string, minute: number) => {
    const decision = await db().reviewDecision.create({
      data: {
        id: id(`d-${annotation}`),
        annotationId: id(annotation),
        actorId: reviewer.id,
        action,
        fromStatus: "submitted",
        toStatus: "approved",
        reason,
        revisionId: revision.id,
        exact: "x",
        createdAt: at(minute),
      },
    });
    await db().annotation.update({ where: { id: id(annotation) }, data: { lastDecisionId: decision.id, updatedAt: at(minute) } });
  };
  await decide("claim1", "approve", "", 20);
  await decide("quote2", "request_changes", 'Name the "place" please.', 21);
  await decide("alleg1", "reject", "Unsupported.", 22);
  await decide("quote1", "submit", "", 23);
  const ids = (text: string) => text.replaceAll(run, "RUN").replaceAll(articleId, "ARTICLE").replaceAll(editor.id, "EDITOR").replaceAll(reviewer.id, "REVIEWER").replaceAll(revision.id, "REVISION");
  // Cursors are base64url of their sort key, which holds an annotation id: shown decoded.
  const normalise = (text: string) =>
    ids(
      text.replace(/[A-Za-z0-9_-]{24,}/g, (candidate) => {
        const decoded = Buffer.from(candidate, "base64url").toString("utf8");
        return decoded.startsWith('["annotations"') ? `CURSOR${decoded.replaceAll('"', "'")}` : candidate;
      }),
    );
  return { articleId, token, normalise, editor, ids: [id("claim1"), id("quote2"), id("reuse")] };
}

async function rawGet(handler: typeof listAnnotations, token: string, params: { id: string }, query = "") {
  const request = new Request(`http://localhost/api/articles/${params.id}/annotations${query}`, { headers: { authorization: `Bearer ${token}` } });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, link: response.headers.get("link"), contentType: response.headers.get("content-type"), body: await response.text() };
}

describe("GET /api/articles/{id}/annotations answers byte for byte as before", () => {
  it("whole, filtered, page by page, and one by one", async () => {
    const { articleId, token, normalise, ids } = await seedArticle();
    const answers: string[] = [];
    for (const query of ["", "?limit=500", "?kind=claim", "?status=approved,rejected&kind=allegation,claim", "?limit=2"]) {
      const answer = await rawGet(listAnnotations, token, { id: articleId }, query);
      answers.push(`GET ${query} → ${answer.status} ${answer.contentType}\n${normalise(answer.body)}`);
    }
    // Follow the pages of two to the end.
    let cursor = JSON.parse((await rawGet(listAnnotations, token, { id: articleId }, "?limit=2")).body).nextCursor as string | null;
    while (cursor) {
      const answer = await rawGet(listAnnotations, token, { id: articleId }, `?limit=2&cursor=${encodeURIComponent(cursor)}`);
      answers.push(`page → ${answer.status} link ${answer.link ? normalise(answer.link) : "none"}\n${normalise(answer.body)}`);
      cursor = JSON.parse(answer.body).nextCursor;
    }
    for (const annotationId of ids) {
      const one = await callRoute(getAnnotation, { method: "GET", token, params: { id: annotationId } });
      answers.push(`one → ${one.status} etag ${one.headers.get("etag")}\n${normalise(JSON.stringify(one.json))}`);
    }
    await expect(answers.join("\n\n") + "\n").toMatchFileSnapshot("./__snapshots__/annotations-api.snapshot.txt");
  });

  it("a created annotation answers in the same shape as before", async () => {
    const { articleId, token, normalise, ids, editor } = await seedArticle();
    const created = await callRoute(postAnnotation, {
      method: "POST",
      token,
      params: { id: articleId },
      body: {
        kind: "quote",
        fields: { speaker: "وزیر", saidWhere: "Radio", saidOn: "2026-03-01", wordingVerified: true },
        note: "😀 <b>",
        evidence: [{ url: "https://example.org/q", title: "Tape" }],
        selector: { exact: "ٹیکس کم ہوئے" },
      },
    });
    expect(created.status).toBe(201);
    const text = normalise(JSON.stringify(created.json))
      .replaceAll(created.json.id, "NEW")
      .replace(/"(createdAt|updatedAt)":"[^"]+"/g, '"$1":"TIME"');
    const listed = JSON.parse((await rawGet(listAnnotations, token, { id: articleId })).body).annotations.find((a: { id: string }) => a.id === created.json.id);
    expect(JSON.stringify(listed)).toBe(JSON.stringify(created.json));
    // A claim reusing a decided one's verdict (the form's way; the API has no reuse): created as it reads.
    const reusing = await createAnnotation(editor, articleId, {
      content: {
        kind: "claim",
        fields: { claimant: "Critics", verdict: "false", rationale: "Same figures." },
        note: "",
        evidence: [{ url: "https://example.org/a", title: "", excerpt: "", accessedOn: null }],
      },
      placement: { start: 0, end: 3 },
      reusedFromId: ids[0],
    });
    if (!reusing.ok) expect.fail(reusing.error.message);
    const read = JSON.parse((await rawGet(listAnnotations, token, { id: articleId })).body).annotations.find((a: { id: string }) => a.id === reusing.value.id);
    expect(JSON.stringify(read)).toBe(JSON.stringify(toAnnotationJson(reusing.value)));
    expect(reusing.value.reusedFrom).toEqual({ annotationId: ids[0], articleId, articleTitle: "Snapshot article" });
    await expect(`${created.headers.get("location")?.replace(created.json.id, "NEW")} ${created.headers.get("etag")}\n${text}\n`).toMatchFileSnapshot(
      "./__snapshots__/annotation-created.snapshot.txt",
    );
  });
});
