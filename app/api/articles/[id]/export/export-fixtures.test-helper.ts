import { expect } from "vitest";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import type { Actor } from "@/lib/server/auth/actor";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { db } from "@/lib/server/db/prisma";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { POST as postArticle } from "../../route";
import { GET as exportRoute } from "./route";

/**
 * Shared fixtures of the export integration tests: a three-paragraph article with a false claim,
 * a quote and an allegation, seeded through the use cases (statuses and decisions set directly).
 */

export const CLAIM = "unemployment had doubled since 2020";
export const QUOTE = "We will fix the grid by winter";
export const ALLEGATION = "Northwind Ltd inflated its invoices";
export const TEXT = [`The minister said ${CLAIM}, a figure the statistics office disputes.`, `"${QUOTE}," she told reporters on Tuesday.`, `Critics said ${ALLEGATION} by 40%.`].join("\n");
export const TITLE = "Grid & jobs: the minister's claims";
export const BASE = "https://desk.example.org";
export const FORWARDED = { "x-forwarded-proto": "https", "x-forwarded-host": "desk.example.org" };

const FIELDS: Record<AnnotationKind, AnnotationContent["fields"]> = {
  claim: { claimant: "The minister", verdict: "false", rationale: "Unemployment rose by 12%." },
  quote: { speaker: "The minister", saidWhere: "Press briefing", saidOn: "2024-06-18", wordingVerified: true },
  allegation: { allegedBy: "Critics", allegedAgainst: "Northwind Ltd", rightOfReplySought: false, rightOfReplySoughtOn: null },
};

export type Seeded = { id: string; token: string; editor: Actor; reviewer: Actor; claim: string; quote: string; allegation: string };

export async function newArticle(token: string, title = TITLE): Promise<string> {
  const created = await callRoute(postArticle, { method: "POST", token, body: { title, outlet: "Daily Example", text: TEXT } });
  expect(created.status).toBe(201);
  return created.json.id;
}

export async function annotate(author: Actor, articleId: string, exact: string, kind: AnnotationKind, status: ReviewStatus): Promise<string> {
  const content = {
    kind,
    fields: FIELDS[kind],
    note: `${kind} note`,
    evidence: kind === "claim" ? [{ url: "https://stats.example.org/jobs", title: "Jobs data", excerpt: "", accessedOn: null }] : [],
  };
  const created = await createAnnotation(author, articleId, { content: content as AnnotationContent, placement: { selector: { exact } } });
  if (!created.ok) throw new Error(created.error.message);
  if (status !== "draft") await db().annotation.update({ where: { id: created.value.id }, data: { status } });
  return created.value.id;
}

/** A decision row as the review use cases write them. */
export async function decide(annotationId: string, actor: Actor, action: "approve" | "request_changes" | "reopen", at: string) {
  const annotation = await db().annotation.findUniqueOrThrow({ where: { id: annotationId }, select: { revisionId: true, exact: true } });
  const toStatus = action === "approve" ? "approved" : action === "reopen" ? "submitted" : "changes_requested";
  await db().reviewDecision.create({
    data: { annotationId, actorId: actor.id, action, fromStatus: "submitted", toStatus, revisionId: annotation.revisionId, exact: annotation.exact, createdAt: new Date(at) },
  });
}

/** An approved false claim (changes requested first, then approved by another reviewer), an approved quote, a submitted allegation. */
export async function seed(): Promise<Seeded> {
  const editor = await createTestUser("editor", { name: "Erin Editor" });
  const reviewer = await createTestUser("reviewer", { name: "Ravi Reviewer" });
  const early = await createTestUser("reviewer", { name: "Early Reviewer" });
  const token = await tokenFor(reviewer);
  const id = await newArticle(await tokenFor(editor));
  const claim = await annotate(editor, id, CLAIM, "claim", "approved");
  const quote = await annotate(editor, id, QUOTE, "quote", "approved");
  const allegation = await annotate(editor, id, ALLEGATION, "allegation", "submitted");
  await decide(claim, early, "request_changes", "2024-06-20T09:00:00Z");
  await decide(claim, reviewer, "approve", "2024-06-21T10:30:00Z");
  await decide(claim, early, "reopen", "2024-06-21T11:00:00Z"); // not a decision: ignored
  await decide(quote, reviewer, "approve", "2024-06-22T08:00:00Z");
  return { id, token, editor, reviewer, claim, quote, allegation };
}

export function download(token: string | undefined, id: string, query: string, headers: Record<string, string> = FORWARDED) {
  return callRoute(exportRoute, { method: "GET", token, params: { id }, query, headers });
}
