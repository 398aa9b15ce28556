import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db/prisma";
import { loadExportInput } from "@/lib/server/exports/load-export-input";
import { tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { GET as reportRoute } from "../../../../(app)/articles/[id]/report/route";
import { BASE, newArticle, QUOTE, seed } from "./export-fixtures.test-helper";

// The printable report reads the session through getCurrentUser (cookies); tests set the user here.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
beforeEach(() => {
  session.user = null;
});

describe("GET /articles/{id}/report (printable, in the browser)", () => {
  it("sends a signed-out visitor to sign in and back, keeping the scope", async () => {
    const r = await reportRoute(new Request("http://localhost/articles/abc/report?scope=all"), { params: Promise.resolve({ id: "abc" }) });
    expect(r.status).toBe(307);
    expect(r.headers.get("location")).toBe(`/sign-in?callbackUrl=${encodeURIComponent("/articles/abc/report?scope=all")}`);
  });

  it("shows the report inline under its own CSP, and 404 for a missing article", async () => {
    const { id, reviewer, allegation } = await seed();
    session.user = { ...reviewer, mustChangePassword: false };
    const approved = await reportRoute(new Request(`http://localhost/articles/${id}/report`), { params: Promise.resolve({ id }) });
    expect(approved.status).toBe(200);
    expect(approved.headers.get("content-disposition")).toBeNull();
    expect(approved.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await approved.text()).not.toContain(`id="annotation-${allegation}"`);
    const all = await reportRoute(new Request(`http://localhost/articles/${id}/report?scope=all`), { params: Promise.resolve({ id }) });
    expect(await all.text()).toContain(`id="annotation-${allegation}"`);
    const missing = await reportRoute(new Request("http://localhost/articles/nope/report"), { params: Promise.resolve({ id: "nope" }) });
    expect(missing.status).toBe(404);
  });
});

describe("loadExportInput at scale", () => {
  it("loads 5,000 annotations with their evidence and decisions in a few queries", async () => {
    const editor = await createTestUser("editor");
    const reviewer = await createTestUser("reviewer", { name: "Bulk Reviewer" });
    const id = await newArticle(await tokenFor(editor));
    const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: id }, select: { id: true } });
    const stored = await db().articleRevision.findFirstOrThrow({ where: { id: revision.id }, select: { text: true } });
    const start = stored.text.indexOf(QUOTE);
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      id: `bulk-${id}-${String(i).padStart(4, "0")}`,
      articleId: id,
      kind: "quote" as const,
      revisionId: revision.id,
      start,
      end: start + QUOTE.length,
      exact: QUOTE,
      prefix: "",
      suffix: "",
      speaker: `Speaker ${i}`,
      status: "approved" as const,
      authorId: editor.id,
      lastEditedById: editor.id,
    }));
    await db().annotation.createMany({ data: rows });
    await db().evidence.createMany({ data: rows.map((row) => ({ annotationId: row.id, position: 0, url: "https://e.example/1" })) });
    await db().reviewDecision.createMany({
      data: rows.map((row) => ({
        annotationId: row.id,
        actorId: reviewer.id,
        action: "approve" as const,
        fromStatus: "submitted" as const,
        toStatus: "approved" as const,
        revisionId: revision.id,
        exact: QUOTE,
      })),
    });
    const began = performance.now();
    const input = await loadExportInput(editor, id, { includeAll: false, baseUrl: BASE });
    const elapsed = performance.now() - began;
    if (!input.ok) throw new Error(input.error.message);
    expect(input.value.annotations).toHaveLength(5000);
    expect(input.value.annotations.every((a) => a.evidence.length === 1 && a.reviewer?.name === "Bulk Reviewer" && a.decidedAt)).toBe(true);
    expect(elapsed).toBeLessThan(15_000);
  });
});
