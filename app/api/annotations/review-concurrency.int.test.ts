import { describe, expect, it } from "vitest";
import { recordReviewStep } from "@/lib/server/review/record-review-step";
import { db } from "@/lib/server/db/prisma";
import { newArticle, person, step, submittedAnnotation, type StepName } from "./review-fixtures.test-helper";

const DECISIONS = ["approve", "reject", "request_changes"] as const;
const CONCURRENT = 50;

/** Every trace a decision leaves: audit rows, review decisions and the comment of a change request. */
async function traces(annotationId: string) {
  const [audit, decisions, comments, row] = await Promise.all([
    db().auditEvent.findMany({ where: { entityType: "annotation", entityId: annotationId, action: { in: [...DECISIONS] } } }),
    db().reviewDecision.findMany({ where: { annotationId, action: { in: [...DECISIONS] } } }),
    db().comment.findMany({ where: { annotationId } }),
    db().annotation.findUniqueOrThrow({ where: { id: annotationId }, select: { status: true, version: true } }),
  ]);
  return { audit, decisions, comments, row };
}

describe("concurrent review decisions", () => {
  it(`lets exactly one of ${CONCURRENT} concurrent API decisions on the same version through; the rest get 409`, async () => {
    const author = await person("editor");
    const reviewers = await Promise.all(Array.from({ length: 5 }, (_, i) => person(i % 2 ? "admin" : "reviewer")));
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "taxes fell by 3.5 percent");
    const names: StepName[] = ["approve", "reject", "request-changes"];

    const responses = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) => step(names[i % 3], reviewers[i % reviewers.length], annotation.id, { reason: `decision ${i}` }, { "if-match": `"v${annotation.version}"` })),
    );

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(CONCURRENT - 1);
    const winner = responses.find((r) => r.status === 200)!;
    for (const loser of responses.filter((r) => r.status === 409)) {
      expect(loser.json.error.message).toMatch(/changed this annotation .*you had version 2/);
    }

    const { audit, decisions, comments, row } = await traces(annotation.id);
    expect(audit).toHaveLength(1);
    expect(decisions).toHaveLength(1);
    expect(audit[0].actorId).toBe(decisions[0].actorId);
    expect(row).toEqual({ status: winner.json.status, version: annotation.version + 1 });
    expect(comments).toHaveLength(winner.json.status === "changes_requested" ? 1 : 0);
  });

  it(`holds with ${CONCURRENT} decisions racing inside the data layer (all past the first version check)`, async () => {
    const author = await person("editor");
    const reviewers = await Promise.all(Array.from({ length: 3 }, () => person("reviewer")));
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "Critics disagreed!");

    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) => recordReviewStep(reviewers[i % reviewers.length], annotation.id, { step: DECISIONS[i % 3], version: annotation.version, reason: "concurrent" })),
    );

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(CONCURRENT - 1);
    expect(refused.every((r) => !r.ok && r.error.code === "conflict")).toBe(true);
    const { audit, decisions } = await traces(annotation.id);
    expect(audit).toHaveLength(1);
    expect(decisions).toHaveLength(1);
  });
});
