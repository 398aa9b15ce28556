import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { EventType } from "@/lib/events/event-types";
import type * as WriteEventsModule from "@/lib/server/events/write-events";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { createArticle } from "@/lib/server/articles/create-article";
import { setArticleAssignments } from "@/lib/server/assignments/set-article-assignments";
import type { Actor } from "@/lib/server/auth/actor";
import { createApiToken, revokeApiToken } from "@/lib/server/auth/api-tokens";
import { addComment } from "@/lib/server/comments/add-comment";
import { editComment } from "@/lib/server/comments/edit-comment";
import { db } from "@/lib/server/db/prisma";
import type { Result } from "@/lib/server/errors";
import { checkArticleLinks } from "@/lib/server/evidence/check-article-links";
import { retryEvidenceArchive } from "@/lib/server/evidence/retry-evidence-archive";
import { importArticle } from "@/lib/server/imports/import-article";
import { recordReviewStep } from "@/lib/server/review/record-review-step";
import { submitArticleDrafts } from "@/lib/server/review/submit-article-drafts";
import { reattachAnnotation } from "@/lib/server/revisions/reattach-annotation";
import { saveRevision } from "@/lib/server/revisions/save-revision";
import { changeOwnLanguage } from "@/lib/server/users/change-own-language";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { createAdminAccount } from "@/lib/server/users/create-admin-account";
import { createUser } from "@/lib/server/users/create-user";
import { updateUser } from "@/lib/server/users/update-user";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { createTestUser, TEST_PASSWORD } from "@/test/integration/factories";

/**
 * The event stream's contract, use case by use case: each change of state writes exactly one
 * event of its type (a revision save adds one `annotation.reanchored` per annotation it affected;
 * a change request adds its `comment.added`), in the change's own transaction. To show the latter,
 * each use case is first run with a failure injected right after its events are written: the
 * change and its events must both be gone. Then it runs for real.
 */

const failure = vi.hoisted(() => ({ armed: false }));

class InjectedFailure extends Error {}

vi.mock("@/lib/server/events/write-events", async (importOriginal) => {
  const real = await importOriginal<typeof WriteEventsModule>();
  return {
    ...real,
    writeEvents: async (...args: Parameters<typeof real.writeEvents>) => {
      await real.writeEvents(...args);
      if (failure.armed) {
        failure.armed = false;
        throw new InjectedFailure("injected after the events were written");
      }
    },
  };
});

afterEach(() => {
  failure.armed = false;
});

const TEXT = ["The minister said unemployment fell by 3.5 percent last year.", "Critics alleged the figures were massaged before the election.", "A spokesperson called the claims baseless."].join(
  "\n",
);
const CLAIM = "unemployment fell by 3.5 percent";
const CLAIM_CONTENT = { kind: "claim", fields: { claimant: "The minister", verdict: "unverified", rationale: "" }, note: "", evidence: [] } as AnnotationContent;

let editor: Actor;
let reviewer: Actor;
let admin: Actor;
let ours: string[];

beforeAll(async () => {
  [editor, reviewer, admin] = [await createTestUser("editor"), await createTestUser("reviewer"), await createTestUser("admin")];
  ours = [editor.id, reviewer.id, admin.id];
});

type StreamRow = { id: bigint; type: string; entityId: string; xmin: string };

/** The last position in the stream now. */
async function streamEnd(): Promise<bigint> {
  const [row] = await db().$queryRaw<{ last: bigint | null }[]>`SELECT max("id") AS "last" FROM "AuditEvent"`;
  return row.last ?? 0n;
}

/** Events after `since` by our actors or about `entityIds` (other test files write to the stream at the same time). */
async function eventsSince(since: bigint, entityIds: string[] = []): Promise<StreamRow[]> {
  return db().$queryRaw<StreamRow[]>`
    SELECT "id", "type", "entityId", xmin::text AS "xmin" FROM "AuditEvent"
    WHERE "id" > ${since} AND ("actorId" = ANY(${ours}::text[]) OR "entityId" = ANY(${entityIds}::text[]))
    ORDER BY "id"`;
}

/** The transaction that last wrote a row (PostgreSQL's xmin): the same for a change and its events. */
async function writtenBy(table: "Annotation" | "Article" | "Comment" | "User" | "ApiToken" | "ArticleRevision", id: string): Promise<string> {
  const rows = await db().$queryRawUnsafe<{ xmin: string }[]>(`SELECT xmin::text AS "xmin" FROM "${table}" WHERE "id" = $1`, id);
  return rows[0].xmin;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

type UseCase<T> = {
  /** Performs the use case once. */
  run: () => Promise<T>;
  /** What the change touches, read before and after a failed attempt: it must not have moved. */
  state: () => Promise<unknown>;
  /** Entities whose events count as ours even without one of our actors (e.g. create-admin's). */
  entityIds?: () => string[];
};

/**
 * Runs `useCase` with a failure injected after its events are written (nothing may remain), then
 * for real; returns its value and the events it wrote, which must have exactly `types`.
 */
async function once<T>(types: EventType[], useCase: UseCase<T>): Promise<{ value: T; events: StreamRow[] }> {
  const before = await useCase.state();
  const start = await streamEnd();
  failure.armed = true;
  await expect(useCase.run()).rejects.toThrow(InjectedFailure);
  expect(failure.armed, "the use case wrote no events at all").toBe(false);
  expect(await eventsSince(start, useCase.entityIds?.() ?? [])).toEqual([]);
  expect(await useCase.state()).toEqual(before);

  const from = await streamEnd();
  const result = await useCase.run();
  const events = await eventsSince(from, useCase.entityIds?.() ?? []);
  expect(events.map((event) => event.type)).toEqual(types);
  // One change, one transaction: every event of it was written by the same one.
  expect(new Set(events.map((event) => event.xmin)).size).toBe(1);
  return { value: result, events };
}

const annotationState = (id: string) => () => db().annotation.findUniqueOrThrow({ where: { id }, include: { evidence: true, decisions: true, comments: true } });
const articleState = (id: string) => () =>
  db().article.findUniqueOrThrow({ where: { id }, include: { revisions: { select: { id: true } }, annotations: { include: { decisions: true } }, assignments: true } });

describe("every state-changing use case", () => {
  it("writes exactly one event of its type, in the change's own transaction", async () => {
    // Articles: create, import, details, annotations on them.
    const created = await once(["article.created"], {
      run: async () => value(await createArticle(editor, { metadata: { title: "Jobs figures", outlet: "", byline: "", url: "", publishedOn: null }, body: { text: TEXT }, source: "text" })),
      state: () => db().article.count({ where: { createdById: editor.id } }),
    });
    const article = created.value;
    expect(created.events[0].xmin).toBe(await writtenBy("Article", article.id));

    await once(["article.created"], {
      run: async () => value(await importArticle(editor, { file: { fileName: "note.md", data: new TextEncoder().encode("# Imported\n\nThe council approved the budget on Monday.") } })),
      state: () => db().article.count({ where: { createdById: editor.id } }),
    });

    const details = await once(["article.updated"], {
      run: async () => value(await saveRevision(editor, article.id, { body: { text: TEXT }, source: "text", expectedRevision: 1, metadata: { outlet: "Daily Record" } })),
      state: articleState(article.id),
    });
    expect(details.value.created).toBe(false);

    const annotate = async (exact: string) => value(await createAnnotation(editor, article.id, { content: CLAIM_CONTENT, placement: { selector: { exact } } }));
    const first = await once(["annotation.created"], {
      run: () => annotate(CLAIM),
      state: () => db().annotation.count({ where: { articleId: article.id } }),
    });
    const claim = first.value;
    expect(first.events[0].xmin).toBe(await writtenBy("Annotation", claim.id));
    const allegation = await annotate("the figures were massaged");
    const reply = await annotate("called the claims baseless");
    const stray = await annotate("last year");
    const orphan = await annotate("before the election");

    // Annotations: edit, submit, the reviewer's decisions, reopen, delete.
    const edited = await once(["annotation.updated"], {
      run: async () => value(await updateAnnotation(editor, claim.id, { version: claim.version, note: "Check the statistics office." })),
      state: annotationState(claim.id),
    });
    const submitted = await once(["annotation.submitted"], {
      run: async () => value(await recordReviewStep(editor, claim.id, { step: "submit", version: edited.value.version })),
      state: annotationState(claim.id),
    });
    const sentBack = await once(["annotation.changes_requested", "comment.added"], {
      run: async () => value(await recordReviewStep(reviewer, claim.id, { step: "request_changes", version: submitted.value.version, reason: "Which survey?" })),
      state: annotationState(claim.id),
    });
    expect(sentBack.events[1].xmin).toBe(await writtenBy("Comment", sentBack.events[1].entityId));
    const resubmitted = value(await recordReviewStep(editor, claim.id, { step: "submit", version: sentBack.value.version }));
    const approved = await once(["annotation.approved"], {
      run: async () => value(await recordReviewStep(reviewer, claim.id, { step: "approve", version: resubmitted.version })),
      state: annotationState(claim.id),
    });
    expect(approved.events[0].xmin).toBe(await writtenBy("Annotation", claim.id));
    await once(["annotation.reopened"], {
      run: async () => value(await recordReviewStep(reviewer, claim.id, { step: "reopen", version: approved.value.version, reason: "New figures out" })),
      state: annotationState(claim.id),
    });

    const allegationSubmitted = value(await recordReviewStep(editor, allegation.id, { step: "submit", version: allegation.version }));
    await once(["annotation.rejected"], {
      run: async () => value(await recordReviewStep(reviewer, allegation.id, { step: "reject", version: allegationSubmitted.version, reason: "Unsourced" })),
      state: annotationState(allegation.id),
    });

    await once(["annotation.deleted"], {
      run: async () => value(await deleteAnnotation(editor, stray.id, stray.version)),
      state: annotationState(stray.id),
    });

    // Submitting all one's drafts: one event per draft (here: the reply and the orphan-to-be).
    const drafts = await once(["annotation.submitted", "annotation.submitted"], {
      run: async () => value(await submitArticleDrafts(editor, article.id)),
      state: articleState(article.id),
    });
    expect(drafts.events.map((event) => event.entityId).sort()).toEqual([reply.id, orphan.id].sort());

    // Comments.
    const comment = await once(["comment.added"], {
      run: async () => value(await addComment(reviewer, reply.id, { body: "Who is the spokesperson?" })),
      state: () => db().comment.count({ where: { annotationId: reply.id } }),
    });
    await once(["comment.edited"], {
      run: async () => value(await editComment(reviewer, comment.value.id, { body: "Which spokesperson?" })),
      state: () => db().comment.findUniqueOrThrow({ where: { id: comment.value.id } }),
    });

    // A revision: its own event, then one per annotation it re-anchored (the orphan loses its text,
    // the ones after the new sentence move); then the orphan is re-attached.
    const revisedText = `Editor's note: updated.\n${TEXT.replace(" before the election", "")}`;
    const revision = await once(["revision.saved", "annotation.reanchored", "annotation.reanchored", "annotation.reanchored", "annotation.reanchored"], {
      run: async () => value(await saveRevision(editor, article.id, { body: { text: revisedText }, source: "text", expectedRevision: 1 })),
      state: articleState(article.id),
    });
    expect(
      revision.events
        .slice(1)
        .map((event) => event.entityId)
        .sort(),
    ).toEqual([claim.id, allegation.id, reply.id, orphan.id].sort());
    const orphaned = await db().annotation.findUniqueOrThrow({ where: { id: orphan.id } });
    expect(orphaned.anchorState).toBe("orphaned");
    const at = [...revisedText].length - [..."A spokesperson called the claims baseless."].length;
    await once(["annotation.reattached"], {
      run: async () => value(await reattachAnnotation(editor, orphan.id, { start: at, end: at + [..."A spokesperson"].length, version: orphaned.version, revision: 2 })),
      state: annotationState(orphan.id),
    });

    // Assignments, due date and desk status: one event with the whole state before and after.
    await once(["article.assigned"], {
      run: async () =>
        value(await setArticleAssignments(editor, article.id, { assignees: [{ userId: reviewer.id, role: "review" }], dueAt: new Date("2030-01-01T00:00:00Z"), deskStatus: "in_review" })),
      state: articleState(article.id),
    });

    // Users: create, rename, deactivate; the first admin; one's own password.
    const email = `made-${randomUUID().slice(0, 8)}@test.example`;
    const made = await once(["user.created"], {
      run: async () => value(await createUser(admin, { email, name: "New Person", role: "editor" })),
      state: () => db().user.count({ where: { email } }),
    });
    const person = made.value.user;
    expect(made.events[0].xmin).toBe(await writtenBy("User", person.id));
    await once(["user.updated"], {
      run: async () => value(await updateUser(admin, person.id, { name: "Renamed Person" })),
      state: () => db().user.findUniqueOrThrow({ where: { id: person.id } }),
    });
    await once(["user.deactivated"], {
      run: async () => value(await updateUser(admin, person.id, { active: false })),
      state: () => db().user.findUniqueOrThrow({ where: { id: person.id } }),
    });

    const adminEmail = `first-admin-${randomUUID().slice(0, 8)}@test.example`;
    let firstAdminId = "";
    const firstAdmin = await once(["user.created"], {
      run: async () => {
        const account = value(await createAdminAccount({ email: adminEmail, name: "First Admin", password: "a long enough password" }));
        firstAdminId = account.id;
        return account;
      },
      state: () => db().user.count({ where: { email: adminEmail } }),
      // create-admin has no actor: its event is found by the account it made (none after the failure).
      entityIds: () => (firstAdminId ? [firstAdminId] : []),
    });
    expect(firstAdmin.events[0].entityId).toBe(firstAdmin.value.id);

    await once(["user.password_changed"], {
      run: async () => value(await changeOwnPassword(editor, { currentPassword: TEST_PASSWORD, newPassword: "a brand new password" })),
      state: () => db().user.findUniqueOrThrow({ where: { id: editor.id } }),
    });

    const language = await once(["user.language_changed"], {
      run: async () => value(await changeOwnLanguage(editor, "ur")),
      state: () => db().user.findUniqueOrThrow({ where: { id: editor.id } }),
    });
    expect(language.events[0].xmin).toBe(await writtenBy("User", editor.id));
    expect((await db().user.findUniqueOrThrow({ where: { id: editor.id } })).locale).toBe("ur");
    // The same language again changes nothing and writes nothing; null goes back to the browser's.
    const unchangedFrom = await streamEnd();
    value(await changeOwnLanguage(editor, "ur"));
    expect(await eventsSince(unchangedFrom)).toEqual([]);
    await once(["user.language_changed"], {
      run: async () => value(await changeOwnLanguage(editor, null)),
      state: () => db().user.findUniqueOrThrow({ where: { id: editor.id } }),
    });

    // API tokens: both writes are transactional now.
    const token = await once(["token.created"], {
      run: async () => value(await createApiToken(editor, "CMS")),
      state: () => db().apiToken.count({ where: { userId: editor.id } }),
    });
    expect(token.events[0].xmin).toBe(await writtenBy("ApiToken", token.value.summary.id));
    await once(["token.revoked"], {
      run: async () => value(await revokeApiToken(editor, token.value.summary.id)),
      state: () => db().apiToken.findUniqueOrThrow({ where: { id: token.value.summary.id } }),
    });
  });

  it("writes nothing for a use case that changes nothing", async () => {
    const start = await streamEnd();
    const article = value(await createArticle(editor, { metadata: { title: "Unchanged", outlet: "", byline: "", url: "", publishedOn: null }, body: { text: TEXT }, source: "text" }));
    const afterCreate = await streamEnd();
    expect((await eventsSince(start)).map((event) => event.type)).toEqual(["article.created"]);
    // Same text, no details: no revision, no event. No drafts: nothing submitted.
    expect(value(await saveRevision(editor, article.id, { body: { text: TEXT }, source: "text", expectedRevision: 1 })).created).toBe(false);
    expect(value(await submitArticleDrafts(editor, article.id)).submitted).toBe(0);
    // The assignment state it already has.
    expect(value(await setArticleAssignments(editor, article.id, { assignees: [], deskStatus: "to_do", dueAt: null })).deskStatus).toBe("to_do");
    expect(await eventsSince(afterCreate)).toEqual([]);
  });

  it("writes one event for each evidence archive request: a retry and a link check", async () => {
    const article = value(await createArticle(editor, { metadata: { title: "Evidence", outlet: "", byline: "", url: "", publishedOn: null }, body: { text: TEXT }, source: "text" }));
    const start = Array.from(TEXT).join("").indexOf(CLAIM);
    const evidence = [{ url: "https://evidence.example/report", title: "", excerpt: "", accessedOn: null }];
    const annotation = value(await createAnnotation(editor, article.id, { placement: { start, end: start + CLAIM.length }, content: { ...CLAIM_CONTENT, evidence } } as never));
    const item = await db().evidence.findFirstOrThrow({ where: { annotationId: annotation.id } });
    await db().evidence.update({ where: { id: item.id }, data: { archiveState: "failed" } });
    await once(["evidence.archive_requested"], {
      run: async () => value(await retryEvidenceArchive(editor, item.id)),
      state: () => db().evidence.findUniqueOrThrow({ where: { id: item.id } }),
    });
    await once(["article.links_check_requested"], {
      run: async () => value(await checkArticleLinks(editor, article.id)),
      state: () => db().evidence.findUniqueOrThrow({ where: { id: item.id } }),
    });
  });
});
