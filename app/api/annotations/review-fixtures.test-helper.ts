import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { Role } from "@/lib/domain/roles";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import type { AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import { createArticle } from "@/lib/server/articles/create-article";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { POST as approveRoute } from "./[id]/approve/route";
import { POST as rejectRoute } from "./[id]/reject/route";
import { POST as reopenRoute } from "./[id]/reopen/route";
import { POST as requestChangesRoute } from "./[id]/request-changes/route";
import { POST as submitRoute } from "./[id]/submit/route";

/** The review-step routes, by the step's name in the URL. */
export const STEP_ROUTES = {
  submit: submitRoute,
  approve: approveRoute,
  reject: rejectRoute,
  "request-changes": requestChangesRoute,
  reopen: reopenRoute,
} as const;
export type StepName = keyof typeof STEP_ROUTES;

export const SAMPLE_TEXT = "The minister said taxes fell by 3.5 percent last year. Critics disagreed! Was it true? " + "وزیر اعظم نے کہا کہ سب ٹھیک ہے۔ Officials 👍🏽 denied the report.";

/** A signed-in person with an API token, as the tests act through the API. */
export type TestPerson = Actor & { token: string };

/** A new user of `role` with a readable name (shown in 409 messages and history) and a token. */
export async function person(role: Role, name?: string): Promise<TestPerson> {
  const actor = await createTestUser(role, name ? { name: `${name} ${Math.random().toString(36).slice(2, 7)}` } : {});
  return { ...actor, token: await tokenFor(actor) };
}

/** An article (created by a fresh admin) holding `text`. */
export async function newArticle(text = SAMPLE_TEXT, title = "Review test article"): Promise<{ id: string; text: string }> {
  const creator = await createTestUser("admin");
  const created = await createArticle(creator, { metadata: { title, outlet: "", byline: "", url: "", publishedOn: null }, body: { text }, source: "text" });
  if (!created.ok) throw new Error(created.error.message);
  return { id: created.value.id, text: created.value.text };
}

/** A draft by `author` on the first occurrence of `exact`. */
export async function newDraft(author: Actor, articleId: string, exact: string, kind: AnnotationKind = "claim"): Promise<AnnotationDto> {
  const fields: Record<AnnotationKind, AnnotationContent["fields"]> = {
    claim: { claimant: "Minister", verdict: "unverified", rationale: "" },
    quote: { speaker: "Critic", saidWhere: "", saidOn: null, wordingVerified: false },
    allegation: { allegedBy: "Critics", allegedAgainst: "Officials", rightOfReplySought: false, rightOfReplySoughtOn: null },
  };
  const content = { kind, fields: fields[kind], note: "", evidence: [] } as AnnotationContent;
  const created = await createAnnotation(author, articleId, { content, placement: { selector: { exact } } });
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

/** Calls `POST /api/annotations/{id}/<step>` as `who` with `body` (and optional headers). */
export function step(name: StepName, who: TestPerson, id: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return callRoute(STEP_ROUTES[name], { method: "POST", token: who.token, params: { id }, body, headers });
}

/** A draft by `author`, submitted through the API; returns the submitted annotation's JSON. */
export async function submittedAnnotation(author: TestPerson, articleId: string, exact: string, kind: AnnotationKind = "claim") {
  const draft = await newDraft(author, articleId, exact, kind);
  const submitted = await step("submit", author, draft.id, { version: draft.version });
  if (submitted.status !== 200) throw new Error(JSON.stringify(submitted.json));
  return submitted.json as AnnotationDto;
}

/** Audit rows of one annotation with one action. */
export function auditRows(annotationId: string, action?: string) {
  return db().auditEvent.findMany({ where: { entityType: "annotation", entityId: annotationId, ...(action ? { action } : {}) }, orderBy: { id: "asc" } });
}
