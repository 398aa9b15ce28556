import { describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { auditRows, newArticle, person, step, type TestPerson } from "@/app/api/annotations/review-fixtures.test-helper";
import { callRoute } from "@/test/integration/api-client";
import { POST as reuse } from "@/app/api/annotations/[id]/reuse/route";
import { GET as similar } from "./route";

function nonce(): string {
  return `zq${Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
}

/** A claim on `exact` with a verdict and evidence, approved by a reviewer. */
async function approvedClaim(author: TestPerson, reviewer: TestPerson, articleId: string, exact: string, verdict: "false" | "true" = "false") {
  const content = {
    kind: "claim",
    fields: { claimant: "Minister", verdict, rationale: "Official statistics say otherwise." },
    note: "",
    evidence: [{ url: "https://stats.example.org/wheat", title: "Crop report", excerpt: "Output was 1.1m tonnes", accessedOn: null }],
  } as AnnotationContent;
  const created = await createAnnotation(author, articleId, { content, placement: { selector: { exact } } });
  if (!created.ok) throw new Error(created.error.message);
  const submitted = await step("submit", author, created.value.id, { version: created.value.version });
  const approved = await step("approve", reviewer, created.value.id, { version: submitted.json.version });
  if (approved.status !== 200) throw new Error(JSON.stringify(approved.json));
  return approved.json;
}

const ask = (who: TestPerson, query: Record<string, string>) => callRoute(similar, { method: "GET", token: who.token, query: `?${new URLSearchParams(query)}` });

describe("GET /api/claims/similar and POST /api/annotations/{id}/reuse", () => {
  it("offers a decided claim reworded with figures written differently as a strong match, and not an unrelated one", async () => {
    const crop = nonce();
    const editor = await person("editor");
    const reviewer = await person("reviewer");
    const old = await newArticle(`${crop} production reached 2 million tonnes in 2025, the minister said. Separately, ${crop} exports fell by 40 percent.`, "Old article");
    const decided = await approvedClaim(editor, reviewer, old.id, `${crop} production reached 2 million tonnes in 2025`);
    const other = await approvedClaim(editor, reviewer, old.id, `${crop} exports fell by 40 percent`);
    const undecided = await newArticle(`${crop} production reached 2 million tonnes in 2025.`, "Undecided");
    await createAnnotation(editor, undecided.id, {
      content: { kind: "claim", fields: { claimant: "X", verdict: "unverified", rationale: "" }, note: "", evidence: [] },
      placement: { selector: { exact: `${crop} production reached 2 million tonnes in 2025` } },
    });

    const found = await ask(editor, { q: `In 2025 the country produced two million tons of ${crop}` });
    expect(found.status).toBe(200);
    expect(found.json.matches[0]).toMatchObject({ annotationId: decided.id, articleId: old.id, articleTitle: "Old article", verdict: "false", status: "approved", strength: "strong" });
    expect(found.json.matches[0].decidedAt).toEqual(expect.any(String));
    expect(found.json.matches.filter((m: { strength: string }) => m.strength === "strong").map((m: { annotationId: string }) => m.annotationId)).not.toContain(other.id);
    expect(found.json.thresholds).toEqual({ strong: expect.any(Number), possible: expect.any(Number) });

    const excluded = await ask(editor, { q: `In 2025 the country produced two million tons of ${crop}`, excludeArticle: old.id });
    expect(excluded.json.matches.map((m: { annotationId: string }) => m.annotationId)).not.toContain(decided.id);
    const unrelated = await ask(editor, { q: `${crop} farmers protested outside parliament` });
    expect(unrelated.json.matches.filter((m: { strength: string }) => m.strength === "strong")).toEqual([]);
  });

  it("refuses a missing or oversized text and a bad limit", async () => {
    const editor = await person("editor");
    expect((await ask(editor, {})).status).toBe(400);
    expect((await ask(editor, { q: "x".repeat(2001) })).status).toBe(400);
    const badLimit = await ask(editor, { q: "inflation", limit: "0" });
    expect(badLimit.status).toBe(400);
    expect(badLimit.json.error.message).toMatch(/limit/);
  });

  it("copies the verdict, rationale and evidence into the editor's claim, recorded as reused, in one event", async () => {
    const crop = nonce();
    const editor = await person("editor");
    const reviewer = await person("reviewer");
    const old = await newArticle(`${crop} output doubled last year.`, "Source article");
    const decided = await approvedClaim(editor, reviewer, old.id, `${crop} output doubled last year`);
    const fresh = await newArticle(`Last year ${crop} output has doubled, farmers say.`, "New article");
    const tagger = await person("editor");
    const draft = await createAnnotation(tagger, fresh.id, {
      content: { kind: "claim", fields: { claimant: "Farmers", verdict: "unverified", rationale: "" }, note: "", evidence: [] },
      placement: { selector: { exact: `Last year ${crop} output has doubled` } },
    });
    if (!draft.ok) throw new Error(draft.error.message);

    const reused = await callRoute(reuse, { method: "POST", token: tagger.token, params: { id: draft.value.id }, body: { sourceId: decided.id, version: draft.value.version } });
    expect(reused.status).toBe(200);
    expect(reused.json.fields).toEqual({ claimant: "Farmers", verdict: "false", rationale: "Official statistics say otherwise." });
    expect(reused.json.evidence).toEqual([{ url: "https://stats.example.org/wheat", title: "Crop report", excerpt: "Output was 1.1m tonnes", accessedOn: null }]);
    expect(reused.json.reusedFrom).toEqual({ annotationId: decided.id, articleId: old.id, articleTitle: "Source article" });
    const events = await auditRows(draft.value.id, "edit");
    expect(events).toHaveLength(1);
    expect(events[0].after).toMatchObject({ reusedFrom: { annotationId: decided.id, articleId: old.id } });

    const stale = await callRoute(reuse, { method: "POST", token: tagger.token, params: { id: draft.value.id }, body: { sourceId: decided.id, version: draft.value.version } });
    expect(stale.status).toBe(409);
    const notYours = await callRoute(reuse, { method: "POST", token: editor.token, params: { id: draft.value.id }, body: { sourceId: decided.id, version: reused.json.version } });
    expect(notYours.status).toBe(404);
    const undecided = await callRoute(reuse, { method: "POST", token: tagger.token, params: { id: draft.value.id }, body: { sourceId: draft.value.id, version: reused.json.version } });
    expect(undecided.status).toBe(400);
    const noVersion = await callRoute(reuse, { method: "POST", token: tagger.token, params: { id: draft.value.id }, body: { sourceId: decided.id } });
    expect(noVersion.status).toBe(428);
  });
});
