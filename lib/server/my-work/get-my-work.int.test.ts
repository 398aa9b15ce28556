import { describe, expect, it } from "vitest";
import { newArticle, newDraft, person, step, submittedAnnotation } from "@/app/api/annotations/review-fixtures.test-helper";
import { setArticleAssignments } from "@/lib/server/assignments/set-article-assignments";
import { db } from "@/lib/server/db/prisma";
import { callRoute } from "@/test/integration/api-client";
import { GET as getMyWorkRoute } from "@/app/api/my-work/route";
import { getMyWork } from "./get-my-work";

const ids = (section: { items: { annotation: { id: string } }[] }) => section.items.map((item) => item.annotation.id);

describe("My work", () => {
  it("shows my drafts and what was sent back to me with the reason, not others'", async () => {
    const [me, other, reviewer] = [await person("editor"), await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const myDraft = await newDraft(me, article.id, "Critics disagreed!");
    await newDraft(other, article.id, "Was it true?");
    const sent = await submittedAnnotation(me, article.id, "taxes fell by 3.5 percent");
    await step("request-changes", reviewer, sent.id, { version: sent.version, reason: "Cite the statistics office." });

    const work = await getMyWork(me);
    if (!work.ok) throw new Error(work.error.message);
    expect(ids(work.value.drafts)).toEqual([myDraft.id]);
    expect(work.value.drafts.total).toBe(1);
    expect(ids(work.value.sentBack)).toEqual([sent.id]);
    expect(work.value.sentBack.items[0]).toMatchObject({ article: { id: article.id }, annotation: { lastDecision: { action: "request_changes", reason: "Cite the statistics office." } } });
    expect(work.value.toReview).toEqual({ total: 0, items: [] });
  });

  it("lists what waits for my review, re-reviews first, never my own work", async () => {
    const [author, reviewer, otherReviewer] = [await person("editor"), await person("reviewer"), await person("admin")];
    const article = await newArticle();
    const first = await submittedAnnotation(author, article.id, "Critics disagreed!");
    const rereview = await submittedAnnotation(author, article.id, "Was it true?");
    await step("approve", otherReviewer, rereview.id, { version: rereview.version });
    // What a revision that changed its text does to an approval (see apply-reanchor-plan).
    await db().annotation.update({ where: { id: rereview.id }, data: { status: "needs_rereview", anchorState: "changed" } });
    const own = await submittedAnnotation(reviewer, article.id, "Officials");

    const work = await getMyWork(reviewer);
    if (!work.ok) throw new Error(work.error.message);
    const mine = ids(work.value.toReview);
    expect(mine).not.toContain(own.id);
    // Re-reviews first: no re-review after the first submitted item.
    const statuses = work.value.toReview.items.map((item) => item.annotation.status);
    const firstSubmitted = statuses.indexOf("submitted");
    if (firstSubmitted >= 0) expect(statuses.slice(firstSubmitted)).not.toContain("needs_rereview");
    // The database is shared with other tests, so the first page may be full of their items;
    // ours are checked wherever they are listed (both, in a database of their own).
    expect(work.value.toReview.total).toBeGreaterThanOrEqual(2);
    if (mine.includes(rereview.id)) expect(work.value.toReview.items.find((item) => item.annotation.id === rereview.id)?.annotation.status).toBe("needs_rereview");
    if (mine.includes(first.id)) {
      expect(mine).toContain(rereview.id);
      expect(mine.indexOf(rereview.id)).toBeLessThan(mine.indexOf(first.id));
    }
    expect(work.value.toReview.items.every((item) => item.annotation.author.id !== reviewer.id && item.annotation.lastEditedBy.id !== reviewer.id)).toBe(true);

    const authorsWork = await getMyWork(author);
    if (!authorsWork.ok) throw new Error(authorsWork.error.message);
    expect(authorsWork.value.toReview.total).toBe(0);
  });

  it("lists my assigned articles by due date (undated last), not done ones, through GET /api/my-work", async () => {
    const [admin, me] = [await person("admin"), await person("reviewer")];
    const later = await newArticle(undefined, "Later");
    const sooner = await newArticle(undefined, "Sooner");
    const undated = await newArticle(undefined, "Undated");
    const finished = await newArticle(undefined, "Finished");
    await setArticleAssignments(admin, later.id, { assignees: [{ userId: me.id, role: "review" }], dueAt: new Date("2030-02-01T00:00:00Z") });
    await setArticleAssignments(admin, sooner.id, {
      assignees: [
        { userId: me.id, role: "annotate" },
        { userId: me.id, role: "review" },
      ],
      dueAt: new Date("2030-01-01T00:00:00Z"),
    });
    await setArticleAssignments(admin, undated.id, { assignees: [{ userId: me.id, role: "annotate" }] });
    await setArticleAssignments(admin, finished.id, { assignees: [{ userId: me.id, role: "annotate" }], deskStatus: "done" });

    const response = await callRoute(getMyWorkRoute, { method: "GET", token: me.token });
    expect(response.status).toBe(200);
    expect(response.json.assigned.total).toBe(3);
    expect(response.json.assigned.items.map((item: { article: { id: string } }) => item.article.id)).toEqual([sooner.id, later.id, undated.id]);
    expect(response.json.assigned.items[0].roles).toEqual(["annotate", "review"]);
  });
});
