import fs from "node:fs";
import path from "node:path";
import { describeSpan } from "../../lib/anchoring/selectors";
import { buildArticleBody } from "../../lib/articles/build-article-body";
import { testDb, type SeededUser } from "./database";

export const SAMPLE_TEXT = fs.readFileSync(path.resolve("prisma/seed-data/seed-article.txt"), "utf8");

/** A fresh article owned by `author`, made the way the app makes one (its own copy per test). */
export async function seedArticle(author: SeededUser, options: { title?: string; text?: string } = {}) {
  const built = buildArticleBody({ text: options.text ?? SAMPLE_TEXT });
  if (!built.ok) throw new Error(built.message);
  const title = options.title ?? `Doha meeting ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const article = await testDb().article.create({
    data: {
      title,
      outlet: "Sample outlet",
      createdById: author.id,
      revisions: { create: { number: 1, doc: built.body.doc as object, text: built.body.text, source: "text", createdById: author.id } },
    },
    include: { revisions: true },
  });
  return { id: article.id, title, text: built.body.text, revisionId: article.revisions[0].id };
}

type Kind = "claim" | "quote" | "allegation";
type Status = "draft" | "submitted" | "approved" | "changes_requested" | "rejected" | "needs_rereview";
type SeededArticle = Awaited<ReturnType<typeof seedArticle>>;

const DEFAULT_FIELDS: Record<Kind, Record<string, unknown>> = {
  claim: { claimant: "The article (unattributed)", verdict: "unverified", rationale: "" },
  quote: { speaker: "Muhammad Aejaz", saidWhere: "", wordingVerified: false },
  allegation: { allegedBy: "Pakistani security officials", allegedAgainst: "TTP", rightOfReplySought: false },
};

/**
 * An annotation on `exact` in the article's first revision, stored as the app stores one
 * (code-point selectors with 32 code points of context), in `status`, with the kind's fields.
 */
export async function seedAnnotation(article: SeededArticle, author: SeededUser, options: { exact: string; kind: Kind; status?: Status; fields?: Record<string, unknown> }) {
  const at = article.text.indexOf(options.exact);
  if (at < 0) throw new Error(`not in the article: ${options.exact}`);
  const start = Array.from(article.text.slice(0, at)).length;
  const { position, quote } = describeSpan(article.text, start, start + Array.from(options.exact).length);
  const status = options.status ?? "draft";
  return testDb().annotation.create({
    data: {
      articleId: article.id,
      revisionId: article.revisionId,
      kind: options.kind,
      status,
      start: position.start,
      end: position.end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      authorId: author.id,
      lastEditedById: author.id,
      submittedAt: status === "draft" ? null : new Date(),
      ...DEFAULT_FIELDS[options.kind],
      ...options.fields,
    },
  });
}
