import "server-only";
import type { ArticleBody } from "@/lib/articles/build-article-body";
import type { PmNodeJson } from "@/lib/anchoring/node-kinds";
import { mergeDocuments } from "@/lib/revisions/document-merge";
import { buildRevisionBody } from "@/lib/revisions/revision-body";
import { db } from "@/lib/server/db/prisma";
import { fail, ok, type Result } from "@/lib/server/errors";
import type { MergeConflictDetails } from "./revision-dto";

/** A clean merge of a save made on an older revision with the current one. */
export type MergedEdit = { body: ArticleBody; mergedWith: number; savedBy: string };

/**
 * A save made on `editedRevision` after the article moved on to `current`: merges the submitted
 * body with the current revision, three-way against the revision the editor started from. A clean
 * merge gives the body to save; overlapping edits give a `merge_conflict` error (409) carrying the
 * conflicts and the merged-so-far document. Nothing is saved here.
 */
export async function mergeConcurrentEdit(articleId: string, editedRevision: number, current: { number: number; doc: unknown }, mine: ArticleBody): Promise<Result<MergedEdit>> {
  const [base, latest] = await Promise.all([
    db().articleRevision.findUnique({ where: { articleId_number: { articleId, number: editedRevision } }, select: { doc: true } }),
    db().articleRevision.findUnique({
      where: { articleId_number: { articleId, number: current.number } },
      select: { createdBy: { select: { name: true } } },
    }),
  ]);
  const savedBy = latest?.createdBy.name ?? "Someone";
  if (!base) return fail("conflict", `Revision ${editedRevision} of this article does not exist; reload the article.`, { details: { currentRevision: current.number, editedRevision } });

  const merge = mergeDocuments(base.doc as PmNodeJson, mine.doc as PmNodeJson, current.doc as PmNodeJson);
  if (merge.clean) {
    const built = buildRevisionBody({ doc: merge.doc });
    if (built.ok) return ok({ body: built.body, mergedWith: current.number, savedBy });
  }
  // A merge whose result the schema refuses is left to the editor as one conflict over the whole text.
  const conflicts = merge.clean
    ? [{ id: 0, base: (base.doc as PmNodeJson).content ?? [], mine: (mine.doc as PmNodeJson).content ?? [], theirs: (current.doc as PmNodeJson).content ?? [], baseAt: 0, at: 0 }]
    : merge.conflicts;
  const doc = merge.clean ? (current.doc as PmNodeJson) : merge.doc;
  const passages = conflicts.length === 1 ? "One passage was" : `${conflicts.length} passages were`;
  const details: MergeConflictDetails = { currentRevision: current.number, editedRevision, savedBy, conflicts, doc };
  return fail(
    "merge_conflict",
    `${savedBy} saved revision ${current.number} while you were editing revision ${editedRevision}. Their other changes and yours fit together, but ${passages.toLowerCase()} changed by both of you: choose what to keep. Nothing has been saved yet.`,
    { details },
  );
}
