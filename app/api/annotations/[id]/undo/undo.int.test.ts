import { describe, expect, it } from "vitest";
import { auditRows, newArticle, person, step, submittedAnnotation } from "@/app/api/annotations/review-fixtures.test-helper";
import { db } from "@/lib/server/db/prisma";
import { callRoute } from "@/test/integration/api-client";
import { POST as undoRoute } from "./route";

function undo(who: { token: string }, id: string, body: Record<string, unknown>) {
  return callRoute(undoRoute, { method: "POST", token: who.token, params: { id }, body });
}

describe("POST /api/annotations/{id}/undo", () => {
  it("takes back an approval: status, last decision and version move on; the audit trail keeps both", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const submitted = await submittedAnnotation(author, article.id, "Critics disagreed!");
    const approved = await step("approve", reviewer, submitted.id, { version: submitted.version });
    expect(approved.status).toBe(200);

    const undone = await undo(reviewer, submitted.id, { decisionId: approved.json.lastDecision.id, version: approved.json.version });
    expect(undone.status).toBe(200);
    expect(undone.json).toMatchObject({ status: "submitted", lastDecision: null, version: approved.json.version + 1 });
    expect(await db().reviewDecision.count({ where: { annotationId: submitted.id, action: "approve" } })).toBe(0);
    const types = (await auditRows(submitted.id)).map((row) => row.type);
    expect(types.slice(-2)).toEqual(["annotation.approved", "annotation.decision_undone"]);
  });

  it("takes back a send-back with its comment, restoring the earlier decision", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const submitted = await submittedAnnotation(author, article.id, "Was it true?");
    const rejected = await step("reject", reviewer, submitted.id, { version: submitted.version, reason: "Wrong." });
    const reopened = await step("reopen", reviewer, submitted.id, { version: rejected.json.version, reason: "Look again." });
    const sentBack = await step("request-changes", reviewer, submitted.id, { version: reopened.json.version, reason: "Name the source." });
    expect(sentBack.status).toBe(200);
    expect(await db().comment.count({ where: { annotationId: submitted.id } })).toBe(1);

    const undone = await undo(reviewer, submitted.id, { decisionId: sentBack.json.lastDecision.id, version: sentBack.json.version });
    expect(undone.status).toBe(200);
    expect(undone.json.status).toBe("submitted");
    expect(undone.json.lastDecision).toMatchObject({ action: "reopen", reason: "Look again." });
    expect(await db().comment.count({ where: { annotationId: submitted.id } })).toBe(0);
  });

  it("refuses someone else's decision, a stale version, and a decision past the window", async () => {
    const [author, reviewer, other] = [await person("editor"), await person("reviewer"), await person("reviewer")];
    const article = await newArticle();
    const submitted = await submittedAnnotation(author, article.id, "Officials");
    const approved = await step("approve", reviewer, submitted.id, { version: submitted.version });
    const decisionId = approved.json.lastDecision.id;

    const notYours = await undo(other, submitted.id, { decisionId, version: approved.json.version });
    expect(notYours.status).toBe(403);
    expect(notYours.json.error.details.refusal).toBe("not_yours");

    const stale = await undo(reviewer, submitted.id, { decisionId, version: submitted.version });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details.refusal).toBe("changed_since");

    await db().$executeRaw`UPDATE "ReviewDecision" SET "createdAt" = now() - interval '1 hour' WHERE id = ${decisionId}`;
    const late = await undo(reviewer, submitted.id, { decisionId, version: approved.json.version });
    expect(late.status).toBe(409);
    expect(late.json.error.details.refusal).toBe("too_late");
    expect(late.json.error.message).toMatch(/too late/);
    expect((await db().annotation.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe("approved");
  });

  it("needs the version and a decision id", async () => {
    const reviewer = await person("reviewer");
    expect((await undo(reviewer, "nope", { decisionId: "x" })).status).toBe(428);
    expect((await undo(reviewer, "nope", { version: 1 })).status).toBe(400);
  });
});
