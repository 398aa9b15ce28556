import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { codePointLength } from "../lib/anchoring/code-points";
import { describeSpan } from "../lib/anchoring/selectors";
import { buildArticleBody } from "../lib/articles/build-article-body";
import { appendEvents } from "../lib/db/append-events";
import type { AppPrismaClient } from "../lib/db/create-prisma-client";
import type { DeskEventInput } from "../lib/events/event-types";
import type { Prisma } from "../lib/server/db/generated/client";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SAMPLE_TITLE = "Pakistani diplomats host Afghan Taliban delegation in Doha";

type DemoAnnotation = {
  quote: string;
  author: string;
  status: "draft" | "submitted" | "approved";
  data: Omit<Prisma.AnnotationUncheckedCreateInput, "articleId" | "revisionId" | "start" | "end" | "exact" | "prefix" | "suffix" | "authorId" | "lastEditedById" | "status">;
  evidence?: { url: string; title: string; excerpt: string }[];
};

/** A few annotations so a new desk sees the point at once: one of each kind, in several states. */
const DEMO_ANNOTATIONS: DemoAnnotation[] = [
  {
    quote: "Both remain neighbors and brothers and have a lot in common, including a strong desire for regional peace and security.",
    author: "editor@example.com",
    status: "approved",
    data: { kind: "quote", speaker: "Muhammad Aejaz", saidWhere: "Post on X (formerly Twitter)", wordingVerified: true, note: "Wording checked against the ambassador's post." },
    evidence: [{ url: "https://x.com/", title: "Ambassador's post on X", excerpt: "Both remain neighbors and brothers…" }],
  },
  {
    quote: "which Pakistani security officials allege operates from Afghan territory",
    author: "editor@example.com",
    status: "submitted",
    data: {
      kind: "allegation",
      allegedBy: "Pakistani security officials",
      allegedAgainst: "Tehreek-e-Taliban Pakistan (TTP) and the Afghan authorities",
      rightOfReplySought: false,
      note: "Unnamed officials; ask the desk whether Kabul was asked for comment.",
    },
  },
  {
    quote: "is slated to meet with UN officials and over 20 envoys",
    author: "editor@example.com",
    status: "draft",
    data: { kind: "claim", claimant: "The article (unattributed)", verdict: "unverified", rationale: "" },
  },
  {
    quote: "Pakistan launches Operation Azm-e-Istehkam, a renewed national counter-terrorism initiative",
    author: "editor@example.com",
    status: "approved",
    data: { kind: "claim", claimant: "The article (unattributed)", verdict: "true", rationale: "The operation was announced by the federal government in June 2024." },
    evidence: [{ url: "https://www.pmo.gov.pk/", title: "Prime Minister's Office", excerpt: "Announcement of Operation Azm-e-Istehkam" }],
  },
];

/** Adds the sample article (from seed-data/seed-article.txt) once, with its demo annotations. */
export async function seedSampleArticle(prisma: AppPrismaClient): Promise<{ created: boolean; title: string }> {
  if (await prisma.article.findFirst({ where: { title: SAMPLE_TITLE }, select: { id: true } })) return { created: false, title: SAMPLE_TITLE };
  const users = await prisma.user.findMany({ where: { email: { in: ["editor@example.com", "reviewer@example.com"] } } });
  const editor = users.find((user) => user.email === "editor@example.com");
  const reviewer = users.find((user) => user.email === "reviewer@example.com");
  if (!editor || !reviewer) return { created: false, title: SAMPLE_TITLE };

  const built = buildArticleBody({ text: fs.readFileSync(path.join(here, "seed-data/seed-article.txt"), "utf8") });
  if (!built.ok) throw new Error(`Sample article: ${built.message}`);
  const { doc, text } = built.body;

  await prisma.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        title: SAMPLE_TITLE,
        outlet: "Sample outlet",
        byline: "Staff reporter",
        publishedOn: new Date("2024-07-01T00:00:00Z"),
        createdById: editor.id,
        revisions: { create: { number: 1, doc: doc as object, text, source: "seed", createdById: editor.id } },
      },
      include: { revisions: true },
    });
    const revision = article.revisions[0];
    const events: DeskEventInput[] = [{ type: "article.created", actorId: editor.id, entityId: article.id, articleId: article.id, payload: { after: { title: SAMPLE_TITLE, source: "seed" } } }];

    for (const demo of DEMO_ANNOTATIONS) {
      const at = text.indexOf(demo.quote);
      if (at < 0) throw new Error(`Sample annotation not found in the article: ${demo.quote}`);
      const start = codePointLength(text.slice(0, at));
      const { position, quote } = describeSpan(text, start, start + codePointLength(demo.quote));
      const annotation = await tx.annotation.create({
        data: {
          ...demo.data,
          articleId: article.id,
          revisionId: revision.id,
          start: position.start,
          end: position.end,
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
          status: demo.status,
          authorId: editor.id,
          lastEditedById: editor.id,
          lastActorId: demo.status === "approved" ? reviewer.id : editor.id,
          submittedAt: demo.status === "draft" ? null : new Date(),
          version: demo.status === "draft" ? 1 : demo.status === "submitted" ? 2 : 3,
          evidence: { create: (demo.evidence ?? []).map((item, index) => ({ ...item, position: index })) },
        },
      });
      const about = { entityId: annotation.id, articleId: article.id };
      events.push({ type: "annotation.created", actorId: editor.id, ...about, payload: { after: { kind: annotation.kind, exact: annotation.exact } } });
      if (demo.status === "draft") continue;
      await tx.reviewDecision.create({
        data: { annotationId: annotation.id, actorId: editor.id, action: "submit", fromStatus: "draft", toStatus: "submitted", revisionId: revision.id, exact: quote.exact },
      });
      events.push({ type: "annotation.submitted", actorId: editor.id, ...about, payload: { before: { status: "draft" }, after: { status: "submitted" } } });
      if (demo.status !== "approved") continue;
      await tx.reviewDecision.create({
        data: { annotationId: annotation.id, actorId: reviewer.id, action: "approve", fromStatus: "submitted", toStatus: "approved", revisionId: revision.id, exact: quote.exact },
      });
      events.push({ type: "annotation.approved", actorId: reviewer.id, ...about, payload: { before: { status: "submitted" }, after: { status: "approved", revision: 1, exact: quote.exact } } });
    }
    await appendEvents(tx, events);
  });
  return { created: true, title: SAMPLE_TITLE };
}
