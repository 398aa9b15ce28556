/**
 * R5: a revision of an article with N annotations is saved through the API while R readers keep
 * reading it (the article, then every page of its annotations) → no reader ever sees a
 * half-re-anchored article: each page names one revision and every anchored annotation on it is
 * at that revision, a whole read is of one revision, and each annotation's quote is the text at
 * its offsets in that revision's text.
 */
import { soakRequest } from "./soak-http";
import type { ScenarioResult, SoakContext } from "./soak-context";
import { createSoakArticle } from "./soak-setup";

const WORD = (i: number) => `w${String(i).padStart(5, "0")}`;
const PAGE_LIMIT = 500;

type ArticleJson = { text: string; revision: { number: number } };
type AnnotationJson = { id: string; revision: number; anchorState: string; start: number; end: number; exact: string };
type PageJson = { annotations: AnnotationJson[]; nextCursor: string | null; revision: number };

/** What one reader saw. */
type ReaderTally = { complete: Map<number, number>; restarts: number; problems: string[]; errors: string[] };

/** The article text: one word per annotation, in paragraphs of 50 words. */
function articleText(count: number): string {
  const words = Array.from({ length: count }, (_, i) => WORD(i));
  const paragraphs: string[] = [];
  for (let i = 0; i < words.length; i += 50) paragraphs.push(words.slice(i, i + 50).join(" ") + ".");
  return paragraphs.join("\n");
}

/** Writes `count` claims, one on each word, in bulk through the data layer (not N HTTP calls). */
async function seedAnnotations(context: SoakContext, articleId: string, text: string, count: number): Promise<void> {
  const revision = await context.db.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true, text: true } });
  const points = Array.from(revision.text);
  const slice = (from: number, to: number) => points.slice(Math.max(0, from), Math.max(0, to)).join("");
  const author = context.editors[0].id;
  const rows = [];
  let from = 0;
  for (let i = 0; i < count; i += 1) {
    const word = WORD(i);
    const start = revision.text.indexOf(word, from);
    if (start < 0) throw new Error(`R5 could not find ${word} in the article text (length ${text.length})`);
    from = start + word.length;
    const end = start + word.length;
    rows.push({
      articleId,
      revisionId: revision.id,
      kind: "claim" as const,
      start,
      end,
      exact: word,
      prefix: slice(start - 32, start),
      suffix: slice(end, end + 32),
      authorId: author,
      lastEditedById: author,
    });
  }
  for (let i = 0; i < rows.length; i += 1_000) await context.db.annotation.createMany({ data: rows.slice(i, i + 1_000) });
}

/** Problems with one page on its own: annotations of another revision, or quotes that are not the text at their offsets. */
function pageProblems(page: PageJson, points: string[] | null): string[] {
  const problems: string[] = [];
  for (const annotation of page.annotations) {
    if (annotation.anchorState === "orphaned") continue;
    if (annotation.revision !== page.revision) problems.push(`page of revision ${page.revision} holds annotation ${annotation.id} at revision ${annotation.revision}`);
    else if (points && points.slice(annotation.start, annotation.end).join("") !== annotation.exact) {
      problems.push(
        `annotation ${annotation.id} says "${annotation.exact}" at ${annotation.start}–${annotation.end} of revision ${page.revision}, where the text says "${points.slice(annotation.start, annotation.end).join("")}"`,
      );
    }
  }
  return problems;
}

/** Reads the article and all its annotations once; returns the revision read, or null when it must start again. */
async function readOnce(context: SoakContext, token: string, articleId: string, expected: number, tally: ReaderTally): Promise<number | null> {
  const article = await soakRequest(context.baseUrl, `/api/articles/${articleId}`, { token, timeoutMs: 60_000 });
  if (article.status !== 200) {
    tally.errors.push(`article ${article.status} ${article.error ?? ""}`);
    return null;
  }
  const { text, revision } = article.json as ArticleJson;
  const points = Array.from(text);
  let cursor: string | null = null;
  const seen = new Set<string>();
  do {
    const query: string = `?limit=${PAGE_LIMIT}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const response = await soakRequest(context.baseUrl, `/api/articles/${articleId}/annotations${query}`, { token, timeoutMs: 60_000 });
    if (response.status === 409) {
      tally.restarts += 1; // revised between two pages: the API refuses to mix them
      return null;
    }
    if (response.status !== 200) {
      tally.errors.push(`annotations ${response.status} ${response.error ?? JSON.stringify(response.json).slice(0, 120)}`);
      return null;
    }
    const page = response.json as PageJson;
    // The article may have been revised between the article and this page: still checkable on its own.
    tally.problems.push(...pageProblems(page, page.revision === revision.number ? points : null));
    if (page.revision !== revision.number) {
      tally.restarts += 1;
      return null;
    }
    for (const annotation of page.annotations) {
      if (seen.has(annotation.id)) tally.problems.push(`annotation ${annotation.id} listed twice in one read`);
      seen.add(annotation.id);
    }
    cursor = page.nextCursor;
  } while (cursor);
  if (seen.size !== expected) tally.problems.push(`a read of revision ${revision.number} listed ${seen.size} of ${expected} annotations`);
  return revision.number;
}

export async function revisionUnderReaders(context: SoakContext, annotationCount: number, readerCount: number): Promise<ScenarioResult> {
  const name = "R5 revision while reading";
  const text = articleText(annotationCount);
  const articleId = await createSoakArticle(context, "R5 revision under readers", text);
  const seeding = Date.now();
  await seedAnnotations(context, articleId, text, annotationCount);
  const seededMs = Date.now() - seeding;
  const tallies: ReaderTally[] = Array.from({ length: readerCount }, () => ({ complete: new Map(), restarts: 0, problems: [], errors: [] }));
  let stopAt = Date.now() + 180_000;
  const readers = tallies.map(async (tally, i) => {
    const token = context.editors[i % context.editors.length].token;
    for (let round = 0; round < 500 && Date.now() < stopAt; round += 1) {
      const revision = await readOnce(context, token, articleId, annotationCount, tally);
      if (revision !== null) tally.complete.set(revision, (tally.complete.get(revision) ?? 0) + 1);
      else if (tally.errors.length > 0) await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });
  // Let every reader finish at least one read of revision 1, then save revision 2 through the API.
  const warmUntil = Date.now() + 60_000;
  while (Date.now() < warmUntil && tallies.some((t) => !t.complete.has(1)) && tallies.every((t) => t.errors.length === 0)) await new Promise((resolve) => setTimeout(resolve, 200));
  const saveStarted = Date.now();
  const saved = await soakRequest(context.baseUrl, `/api/articles/${articleId}`, {
    method: "PUT",
    token: context.editors[0].token,
    body: { text: `Correction: this article was updated.\n${text}`, revision: 1 },
    timeoutMs: 120_000,
  });
  const saveMs = Date.now() - saveStarted;
  // Readers go on until each has read the new revision whole, or for at most 90 s (a whole read is
  // 11 requests of up to 500 annotations: slow with 20 readers on a small machine).
  const afterUntil = Date.now() + 90_000;
  while (Date.now() < afterUntil && tallies.some((t) => !t.complete.has(2)) && saved.status === 200) await new Promise((resolve) => setTimeout(resolve, 200));
  stopAt = 0;
  await readers;

  const problems = tallies.flatMap((t) => t.problems);
  const errors = tallies.flatMap((t) => t.errors);
  const reads = (revision: number) => tallies.reduce((sum, t) => sum + (t.complete.get(revision) ?? 0), 0);
  const restarts = tallies.reduce((sum, t) => sum + t.restarts, 0);
  const readBoth = tallies.filter((t) => t.complete.has(1) && t.complete.has(2)).length;
  // Every reader read revision 1 whole before the save; revision 2 must have been read whole too.
  const ok = saved.status === 200 && problems.length === 0 && errors.length === 0 && reads(1) >= readerCount && reads(2) > 0;
  return {
    name,
    ok,
    summary:
      `${annotationCount} annotations (seeded in ${(seededMs / 1000).toFixed(1)} s), revision saved in ${(saveMs / 1000).toFixed(1)} s (${saved.status}) under ${readerCount} readers: ` +
      `${reads(1)} whole reads of revision 1, ${reads(2)} of revision 2 (${readBoth} readers read both), ${restarts} restarted (revised mid-read), ${problems.length} inconsistent, ${errors.length} errors`,
    details: [...(saved.status === 200 ? [] : [`save ${saved.status} ${saved.error ?? JSON.stringify(saved.json).slice(0, 160)}`]), ...problems.slice(0, 5), ...errors.slice(0, 5)],
  };
}
