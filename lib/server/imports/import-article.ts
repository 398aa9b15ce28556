import "server-only";
import { can } from "@/lib/policy/policy";
import type { ImportedArticle } from "@/lib/import/import-result";
import type { ArticleMetadataDto } from "@/lib/server/articles/article-dto";
import { createArticle } from "@/lib/server/articles/create-article";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import type { RevisionSource } from "@/lib/server/db/generated/client";
import { fail, ok, type Result } from "@/lib/server/errors";
import { articleMetadataSchema, type ArticleMetadata } from "@/lib/validations/article";
import { readImport, type ImportSourceInput } from "./read-import";

/** An article made by an import: its details, plain text and where it came from. */
export type ImportedArticleDto = ArticleMetadataDto & { text: string; source: RevisionSource };

const clip = (value: string | null | undefined, max: number) => (value ?? "").trim().slice(0, max);

/** The new article's details: the import's, then the person's overrides; anything invalid left empty. */
function metadataFor(article: ImportedArticle, overrides: Partial<ArticleMetadata>): ArticleMetadata {
  let host = "";
  try {
    host = article.url ? new URL(article.url).hostname.replace(/^www\./, "") : "";
  } catch {
    host = "";
  }
  const candidate = {
    title: clip(overrides.title || article.title || host || "Imported article", 300),
    outlet: clip(overrides.outlet ?? host, 200),
    byline: clip(overrides.byline ?? article.byline, 300),
    url: overrides.url ?? article.url ?? "",
    publishedOn: overrides.publishedOn ?? article.publishedOn ?? null,
  };
  const parsed = articleMetadataSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const fixed = { ...candidate, ...(bad.has("url") ? { url: "" } : {}), ...(bad.has("publishedOn") ? { publishedOn: null } : {}) };
  return articleMetadataSchema.parse(fixed);
}

/**
 * Imports an article from a .docx/Markdown/HTML/text file or a web page (editors and admins):
 * the body goes through the same sanitiser as every import, then the article is created with its
 * first revision in one transaction. A failed import saves nothing.
 */
export async function importArticle(actor: Actor, input: ImportSourceInput & { metadata?: Partial<ArticleMetadata> }): Promise<Result<ImportedArticleDto>> {
  const allowed = can(actor, "article.import");
  if (!allowed.ok) return refusedBy(allowed);
  const read = await readImport(input);
  if (!read.ok) return read;
  const { article, source } = read.value;
  const created = await createArticle(actor, { metadata: metadataFor(article, input.metadata ?? {}), body: { html: article.html }, source });
  if (!created.ok) {
    // The importers refuse documents without text; this catches a body that sanitising emptied.
    if (created.error.code !== "invalid") return created;
    return fail("unprocessable", "The imported document has no article text to save.", { details: { importError: "empty_document" } });
  }
  return ok({ ...created.value, source });
}
