import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { callRoute } from "@/test/integration/api-client";
import { GET as listAnnotations } from "../articles/[id]/annotations/route";
import { GET as reviewQueue } from "../review-queue/route";
import { GET as getAnnotation } from "./[id]/route";
import { newArticle, newDraft, person, step, submittedAnnotation } from "./review-fixtures.test-helper";

describe("lastDecision on every annotation resource", () => {
  it("is null until a reviewer decides, then carries the action, the reason, who and when", async () => {
    const [author, reviewer] = [await person("editor", "Asma"), await person("reviewer", "Rafi")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "taxes fell by 3.5 percent");
    expect((await callRoute(getAnnotation, { method: "GET", token: author.token, params: { id: draft.id } })).json.lastDecision).toBeNull();
    const submitted = await step("submit", author, draft.id, { version: draft.version });
    expect(submitted.json.lastDecision).toBeNull();

    const rejected = await step("reject", reviewer, draft.id, { version: submitted.json.version, reason: "The source says 2.5 percent." });
    expect(rejected.status).toBe(200);
    expect(rejected.json.lastDecision).toEqual({
      id: expect.any(String),
      action: "reject",
      reason: "The source says 2.5 percent.",
      by: { id: reviewer.id, name: reviewer.name },
      at: expect.any(String),
    });
    const decision = await db().reviewDecision.findFirstOrThrow({ where: { annotationId: draft.id, action: "reject" } });
    expect(rejected.json.lastDecision.at).toBe(decision.createdAt.toISOString());

    // The author reads it on the annotation and in the article's list.
    const read = await callRoute(getAnnotation, { method: "GET", token: author.token, params: { id: draft.id } });
    expect(read.json.lastDecision).toMatchObject({ action: "reject", reason: "The source says 2.5 percent.", by: { name: reviewer.name } });
    const list = await callRoute(listAnnotations, { method: "GET", token: author.token, params: { id: article.id } });
    expect(list.json.annotations.find((a: { id: string }) => a.id === draft.id).lastDecision).toMatchObject({ action: "reject" });
  });

  it("keeps the reviewer's request for changes through the author's resubmission, and is replaced by the next decision", async () => {
    const [author, reviewer, second] = [await person("editor"), await person("reviewer", "First"), await person("reviewer", "Second")];
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "Critics disagreed!", "quote");
    const sentBack = await step("request-changes", reviewer, annotation.id, { version: annotation.version, reason: "Name the critics." });
    expect(sentBack.json.lastDecision).toMatchObject({ action: "request_changes", reason: "Name the critics.", by: { id: reviewer.id } });
    const resubmitted = await step("submit", author, annotation.id, { version: sentBack.json.version });
    expect(resubmitted.json.lastDecision).toMatchObject({ action: "request_changes", reason: "Name the critics." });

    const queue = await callRoute(reviewQueue, { method: "GET", token: second.token, query: `?article=${article.id}` });
    const queued = queue.json.items.find((item: { annotation: { id: string } }) => item.annotation.id === annotation.id);
    expect(queued.annotation.lastDecision).toMatchObject({ action: "request_changes", reason: "Name the critics." });

    const approved = await step("approve", second, annotation.id, { version: resubmitted.json.version });
    expect(approved.json.lastDecision).toMatchObject({ action: "approve", reason: "", by: { id: second.id } });
  });

  it("is backfilled by the migration from the decisions already recorded (latest reviewer decision, not a submission)", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "Was it true?", "claim");
    const sentBack = await step("request-changes", reviewer, annotation.id, { version: annotation.version, reason: "Source?" });
    await step("submit", author, annotation.id, { version: sentBack.json.version });
    const decision = await db().reviewDecision.findFirstOrThrow({ where: { annotationId: annotation.id, action: "request_changes" } });
    const migration = readFileSync(join(process.cwd(), "prisma/migrations/20261130190000_annotation_last_decision/migration.sql"), "utf8");
    const backfill = migration.slice(migration.indexOf("-- Backfill"));

    class RollBack extends Error {}
    await expect(
      db().$transaction(
        async (tx) => {
          await tx.annotation.update({ where: { id: annotation.id }, data: { lastDecisionId: null } });
          await tx.$executeRawUnsafe(backfill);
          expect((await tx.annotation.findUniqueOrThrow({ where: { id: annotation.id } })).lastDecisionId).toBe(decision.id);
          throw new RollBack();
          // The backfill reads every annotation of the test database: more than the default 5 s on a busy machine.
        },
        { timeout: 120_000, maxWait: 30_000 },
      ),
    ).rejects.toBeInstanceOf(RollBack);
  });
});
