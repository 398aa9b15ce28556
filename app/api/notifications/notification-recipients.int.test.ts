import { describe, expect, it } from "vitest";
import { PUT as putAssignments } from "@/app/api/articles/[id]/assignments/route";
import { db } from "@/lib/server/db/prisma";
import { saveRevision } from "@/lib/server/revisions/save-revision";
import { callRoute } from "@/test/integration/api-client";
import { POST as postComment } from "../annotations/[id]/comments/route";
import { newArticle, newDraft, person, step, submittedAnnotation, type TestPerson } from "../annotations/review-fixtures.test-helper";

// For every kind of notification: who gets it, and that the person who acted and anyone the
// policy does not let read the article (deactivated, or still on a one-time password) do not.

async function notified(about: { annotationId?: string; articleId?: string }) {
  const rows = await db().notification.findMany({ where: about, select: { type: true, recipientId: true } });
  return rows.map((row) => `${row.type}:${row.recipientId}`).sort();
}
const deactivate = (who: TestPerson) => db().user.update({ where: { id: who.id }, data: { active: false } });
const onOneTimePassword = (who: TestPerson) => db().user.update({ where: { id: who.id }, data: { mustChangePassword: true } });
const comment = (who: TestPerson, annotationId: string, body: string, mentions?: string[]) =>
  callRoute(postComment, { method: "POST", token: who.token, params: { id: annotationId }, body: { body, ...(mentions ? { mentions } : {}) } });

describe("assigned", () => {
  it("tells each new assignee, not the one assigning themselves, not someone on a one-time password", async () => {
    const [admin, editor, reviewer, newcomer] = [await person("admin"), await person("editor"), await person("reviewer"), await person("editor")];
    const article = await newArticle();
    await onOneTimePassword(newcomer);
    const response = await callRoute(putAssignments, {
      method: "PUT",
      token: admin.token,
      params: { id: article.id },
      body: {
        assignees: [
          { userId: admin.id, role: "review" },
          { userId: editor.id, role: "annotate" },
          { userId: newcomer.id, role: "annotate" },
          { userId: reviewer.id, role: "review" },
        ],
        deskStatus: "to_do",
      },
    });
    expect(response.json).toMatchObject({ id: article.id });
    expect(await notified({ articleId: article.id })).toEqual([`assigned:${editor.id}`, `assigned:${reviewer.id}`].sort());
  });
});

describe("mentioned", () => {
  it("tells the mentioned member, not the writer mentioning themselves, not someone on a one-time password", async () => {
    const [author, reviewer, newcomer] = [await person("editor", "Ada"), await person("reviewer", "Ben"), await person("reviewer", "Cy")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Was it true?");
    await onOneTimePassword(newcomer);
    const added = await comment(author, draft.id, `@${author.name} @${reviewer.name} @${newcomer.name} look`, [author.id, reviewer.id, newcomer.id]);
    expect(added.status).toBe(201);
    expect(await notified({ annotationId: draft.id })).toEqual([`mentioned:${reviewer.id}`]);
  });
});

describe("review decisions", () => {
  it("do not reach an author on a one-time password", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "Officials");
    await onOneTimePassword(author);
    expect((await step("reject", reviewer, annotation.id, { version: annotation.version, reason: "Wrong span" })).status).toBe(200);
    expect(await notified({ annotationId: annotation.id })).toEqual([]);
  });

  it("approved and sent back reach the author only (the reviewer never)", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const approved = await submittedAnnotation(author, article.id, "Critics disagreed!");
    await step("approve", reviewer, approved.id, { version: approved.version });
    const sentBack = await submittedAnnotation(author, article.id, "Was it true?");
    await step("request-changes", reviewer, sentBack.id, { version: sentBack.version, reason: "Source?" });
    expect(await notified({ articleId: article.id })).toEqual([`annotation_approved:${author.id}`, `annotation_changes_requested:${author.id}`].sort());
  });
});

describe("thread_reply", () => {
  it("does not tell the author about their own reply, nor a participant on a one-time password", async () => {
    const [author, first, newcomer] = [await person("editor"), await person("reviewer"), await person("editor")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Critics disagreed!");
    await comment(first, draft.id, "Which critics?");
    await comment(newcomer, draft.id, "Me too");
    await onOneTimePassword(newcomer);
    await db().notification.deleteMany({ where: { annotationId: draft.id } });
    expect((await comment(author, draft.id, "The opposition's")).status).toBe(201);
    expect(await notified({ annotationId: draft.id })).toEqual([`thread_reply:${first.id}`]);
  });
});

describe("revisions", () => {
  it("re-review goes to approvers still able to read, never the reviser; article_revised to members but the reviser", async () => {
    const [author, approver, goneApprover, reviser] = [await person("editor"), await person("reviewer"), await person("reviewer"), await person("admin")];
    const article = await newArticle();
    const first = await submittedAnnotation(author, article.id, "taxes fell by 3.5 percent");
    await step("approve", approver, first.id, { version: first.version });
    const second = await submittedAnnotation(author, article.id, "Critics disagreed!");
    await step("approve", goneApprover, second.id, { version: second.version });
    const third = await submittedAnnotation(author, article.id, "Was it true?");
    await step("approve", reviser, third.id, { version: third.version });
    await deactivate(goneApprover);
    await db().notification.deleteMany({ where: { articleId: article.id } });

    const text = article.text.replace("3.5 percent", "4.5 percent").replace("Critics disagreed!", "Critics objected!").replace("Was it true?", "Was it right?");
    const saved = await saveRevision(reviser, article.id, { body: { text }, source: "text", expectedRevision: 1 });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const rows = await notified({ articleId: article.id });
    expect(rows).toContain(`rereview_needed:${approver.id}`);
    expect(rows.filter((row) => row.endsWith(goneApprover.id))).toEqual([]);
    expect(rows.filter((row) => row.endsWith(reviser.id))).toEqual([]);
    expect(rows).toContain(`article_revised:${author.id}`);
  });
});

describe("review_requested", () => {
  it("tells the article's assigned reviewers when annotations are submitted, not the submitter, not a deactivated reviewer", async () => {
    const [admin, editor, reviewer, gone, unassigned] = [await person("admin"), await person("editor"), await person("reviewer"), await person("reviewer"), await person("reviewer")];
    const article = await newArticle();
    const assigned = await callRoute(putAssignments, {
      method: "PUT",
      token: admin.token,
      params: { id: article.id },
      body: {
        assignees: [
          { userId: editor.id, role: "annotate" },
          { userId: reviewer.id, role: "review" },
          { userId: gone.id, role: "review" },
        ],
        deskStatus: "annotating",
      },
    });
    expect(assigned.status).toBe(200);
    await deactivate(gone);
    await db().notification.deleteMany({ where: { articleId: article.id } });
    const annotation = await submittedAnnotation(editor, article.id, "Critics disagreed!");
    expect(await notified({ articleId: article.id })).toEqual([`review_requested:${reviewer.id}`]);
    const [row] = await db().notification.findMany({ where: { articleId: article.id } });
    expect(row).toMatchObject({ annotationId: annotation.id, actorId: editor.id, text: `${editor.name} submitted “Critics disagreed!” for review` });
    expect(await notified({ articleId: article.id })).not.toContain(`review_requested:${unassigned.id}`);
  });
});
