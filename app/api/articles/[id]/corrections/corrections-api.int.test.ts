import { describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { auditRows, newArticle, person, step, type TestPerson } from "@/app/api/annotations/review-fixtures.test-helper";
import { callRoute } from "@/test/integration/api-client";
import { PATCH as patchAnnotation } from "@/app/api/annotations/[id]/route";
import { POST as correct } from "@/app/api/annotations/[id]/corrections/route";
import { GET as exportArticle } from "@/app/api/articles/[id]/export/route";
import { GET as listCorrections } from "./route";

async function publishedClaim(author: TestPerson, reviewer: TestPerson) {
  const article = await newArticle("Wheat output doubled last year, the minister said.", "Wheat");
  const content = { kind: "claim", fields: { claimant: "Minister", verdict: "true", rationale: "The bureau's figures agree." }, note: "", evidence: [] } as AnnotationContent;
  const created = await createAnnotation(author, article.id, { content, placement: { selector: { exact: "Wheat output doubled last year" } } });
  if (!created.ok) throw new Error(created.error.message);
  const submitted = await step("submit", author, created.value.id, { version: created.value.version });
  const approved = await step("approve", reviewer, created.value.id, { version: submitted.json.version });
  return { articleId: article.id, claim: approved.json };
}

describe("corrections of published claims", () => {
  it("records a reviewer's correction in the log and in ClaimReview, keeping the claim published", async () => {
    const author = await person("editor", "Author");
    const reviewer = await person("reviewer", "Sana");
    const { articleId, claim } = await publishedClaim(author, reviewer);

    const missingNote = await callRoute(correct, { method: "POST", token: reviewer.token, params: { id: claim.id }, body: { verdict: "misleading", note: " ", version: claim.version } });
    expect(missingNote.status).toBe(400);
    expect(missingNote.json.error.message).toMatch(/correction note/);

    const corrected = await callRoute(correct, {
      method: "POST",
      token: reviewer.token,
      params: { id: claim.id },
      body: { verdict: "misleading", rationale: "Revised bureau figures show a 40% rise.", note: "The bureau revised its figures on 1 December.", version: claim.version },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.json).toMatchObject({ status: "approved", fields: { verdict: "misleading", rationale: "Revised bureau figures show a 40% rise." } });
    expect((await auditRows(claim.id, "correct")).map((row) => row.type)).toEqual(["annotation.corrected"]);

    const log = await callRoute(listCorrections, { method: "GET", token: author.token, params: { id: articleId } });
    expect(log.status).toBe(200);
    expect(log.json.corrections).toEqual([
      expect.objectContaining({
        annotationId: claim.id,
        exact: "Wheat output doubled last year",
        verdictBefore: "true",
        verdictAfter: "misleading",
        rationaleBefore: "The bureau's figures agree.",
        rationaleAfter: "Revised bureau figures show a 40% rise.",
        note: "The bureau revised its figures on 1 December.",
        by: { id: reviewer.id, name: reviewer.name },
      }),
    ]);

    const exported = await callRoute(exportArticle, { method: "GET", token: author.token, params: { id: articleId }, query: "?format=claimreview" });
    expect(exported.status).toBe(200);
    expect(exported.json.reviewRating.alternateName).toBe("Misleading");
    expect(exported.json.dateModified).toBe(log.json.corrections[0].at.slice(0, 10));
    expect(exported.json.reviewBody).toContain("Correction (");
    expect(exported.json.reviewBody).toContain("The bureau revised its figures on 1 December.");

    const report = await callRoute(exportArticle, { method: "GET", token: author.token, params: { id: articleId }, query: "?format=html" });
    expect(String(report.json)).toContain("The bureau revised its figures on 1 December.");
  });

  it("refuses the claim's own author, an editor, a correction that changes nothing and one without a version", async () => {
    const author = await person("reviewer");
    const reviewer = await person("reviewer");
    const { claim } = await publishedClaim(author, reviewer);
    const body = { verdict: "false", note: "Why", version: claim.version };
    const own = await callRoute(correct, { method: "POST", token: author.token, params: { id: claim.id }, body });
    expect(own.status).toBe(403);
    expect(own.json.error.message).toMatch(/four-eyes/);
    const editor = await person("editor");
    expect((await callRoute(correct, { method: "POST", token: editor.token, params: { id: claim.id }, body })).status).toBe(403);
    const same = await callRoute(correct, { method: "POST", token: reviewer.token, params: { id: claim.id }, body: { verdict: "true", note: "x", version: claim.version } });
    expect(same.status).toBe(400);
    const noVersion = await callRoute(correct, { method: "POST", token: reviewer.token, params: { id: claim.id }, body: { verdict: "false", note: "x" } });
    expect(noVersion.status).toBe(428);
  });

  it("makes the author write a correction note to change a published verdict by editing", async () => {
    const author = await person("editor");
    const reviewer = await person("reviewer");
    const { articleId, claim } = await publishedClaim(author, reviewer);
    const without = await callRoute(patchAnnotation, { method: "PATCH", token: author.token, params: { id: claim.id }, body: { fields: { verdict: "false" }, version: claim.version } });
    expect(without.status).toBe(400);
    expect(without.json.error.fieldErrors).toHaveProperty("correctionNote");
    const withNote = await callRoute(patchAnnotation, {
      method: "PATCH",
      token: author.token,
      params: { id: claim.id },
      body: { fields: { verdict: "false" }, correctionNote: "We misread the table.", version: claim.version },
    });
    expect(withNote.status).toBe(200);
    expect(withNote.json.status).toBe("submitted");
    const log = await callRoute(listCorrections, { method: "GET", token: author.token, params: { id: articleId } });
    expect(log.json.corrections.map((c: { note: string }) => c.note)).toEqual(["We misread the table."]);
  });

  it("answers 404 for a missing article's log", async () => {
    const editor = await person("editor");
    expect((await callRoute(listCorrections, { method: "GET", token: editor.token, params: { id: "nope" } })).status).toBe(404);
  });
});
