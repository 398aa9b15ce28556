import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { callRoute } from "@/test/integration/api-client";
import { DELETE as deleteRoute, PATCH as patchRoute } from "./[id]/route";
import { POST as reattachRoute } from "./[id]/reattach/route";
import { newArticle, newDraft, person, STEP_ROUTES, type StepName, type TestPerson } from "./review-fixtures.test-helper";

type Write = { name: string; call: (who: TestPerson, id: string, headers: Record<string, string>, version?: number) => ReturnType<typeof callRoute> };

const withVersion = (body: Record<string, unknown>, version?: number) => (version === undefined ? body : { ...body, version });

/** Every route that changes an annotation: one precondition policy for all of them. */
const WRITES: Write[] = [
  { name: "PATCH", call: (who, id, headers, version) => callRoute(patchRoute, { method: "PATCH", token: who.token, params: { id }, headers, body: withVersion({ note: "x" }, version) }) },
  {
    name: "DELETE",
    call: (who, id, headers, version) => callRoute(deleteRoute, { method: "DELETE", token: who.token, params: { id }, headers, body: version === undefined ? undefined : { version } }),
  },
  ...(Object.keys(STEP_ROUTES) as StepName[]).map((step): Write => ({
    name: step,
    call: (who, id, headers, version) =>
      callRoute(STEP_ROUTES[step], { method: "POST", token: who.token, params: { id }, headers, body: withVersion(step === "approve" || step === "submit" ? {} : { reason: "Why" }, version) }),
  })),
  { name: "reattach", call: (who, id, headers, version) => callRoute(reattachRoute, { method: "POST", token: who.token, params: { id }, headers, body: withVersion({ start: 0, end: 3 }, version) }) },
];

describe("annotation writes: If-Match (or version in the body) on every one", () => {
  it("answers 428 without either, and 412 for an If-Match that is not an annotation ETag; nothing changes", async () => {
    // An admin's role may call every one of these routes, so the precondition is what answers.
    const author = await person("admin", "Ada Author");
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "taxes fell");
    for (const write of WRITES) {
      const missing = await write.call(author, draft.id, {});
      expect([write.name, missing.status, missing.json.error?.code]).toEqual([write.name, 428, "precondition_required"]);
      const foreign = await write.call(author, draft.id, { "if-match": '"r1"' });
      expect([write.name, foreign.status, foreign.json.error?.code]).toEqual([write.name, 412, "precondition_failed"]);
    }
    const row = await db().annotation.findUniqueOrThrow({ where: { id: draft.id } });
    expect([row.version, row.deletedAt, row.status, row.note]).toEqual([1, null, "draft", ""]);
  });

  it("accepts If-Match on reattach and DELETE as on the others, and refuses a stale one with 409 naming who changed it", async () => {
    const author = await person("editor", "Ada Author");
    const editor = await person("editor", "Eve Editor");
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "taxes fell");
    await db().annotation.update({ where: { id: draft.id }, data: { anchorState: "orphaned", version: 2, lastActorId: editor.id } });

    const stale = await callRoute(reattachRoute, { method: "POST", token: author.token, params: { id: draft.id }, headers: { "if-match": '"v1"' }, body: { start: 0, end: 3 } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.message).toContain(editor.name);

    const placed = await callRoute(reattachRoute, { method: "POST", token: author.token, params: { id: draft.id }, headers: { "if-match": '"v2"' }, body: { start: 0, end: 3 } });
    expect([placed.status, placed.json.anchorState, placed.headers.get("etag")]).toEqual([200, "anchored", '"v3"']);

    const staleDelete = await callRoute(deleteRoute, { method: "DELETE", token: author.token, params: { id: draft.id }, headers: { "if-match": '"v2"' } });
    expect(staleDelete.status).toBe(409);
    expect(staleDelete.json.error.message).toContain(author.name);
    const deleted = await callRoute(deleteRoute, { method: "DELETE", token: author.token, params: { id: draft.id }, body: { version: 3 } });
    expect(deleted.status).toBe(204);
  });
});
