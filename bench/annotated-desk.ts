/**
 * Seeding for the API and page benchmarks (server code: run with the react-server condition):
 * an editor with a known password and an API token, and articles of N words carrying M
 * annotations of every kind (notes, fields, evidence on every fifth, a reviewer's decision on
 * every seventh), inserted in bulk so that thousands take seconds.
 */
import { seededRandom } from "./seeded-random";

const WORDS = [
  "the",
  "minister",
  "said",
  "taxes",
  "fell",
  "by",
  "3.5",
  "percent",
  "last",
  "year",
  "according",
  "to",
  "officials",
  "border",
  "talks",
  "Kabul",
  "Islamabad",
  "envoys",
  "alleged",
  "attack",
  "statement",
  "reported",
  "sources",
  "budget",
  "growth",
];

export const BENCH_PASSWORD = "bench-password-1234";

/** A plain-text article of `wordCount` words in paragraphs of about 50 words (blank line between). */
export function benchArticleText(wordCount: number, seed = 7): string {
  const next = seededRandom(seed);
  const paragraphs: string[] = [];
  for (let i = 0; i < wordCount; i += 50) {
    const words: string[] = [];
    for (let j = i; j < Math.min(wordCount, i + 50); j += 1) words.push(WORDS[Math.floor(next() * WORDS.length)]);
    paragraphs.push(`${words.join(" ")}.`);
  }
  return paragraphs.join("\n\n");
}

type Db = Awaited<ReturnType<typeof loadServer>>["db"];

async function loadServer() {
  const { db } = await import("../lib/server/db/prisma");
  const { hashPassword } = await import("../lib/server/auth/password");
  const { createApiToken } = await import("../lib/server/auth/api-tokens");
  const { createArticle } = await import("../lib/server/articles/create-article");
  return { db, hashPassword, createApiToken, createArticle };
}

export type BenchUser = {
  id: string;
  email: string;
  password: string;
  token: string;
  actor: { id: string; role: "editor" | "reviewer"; name: string; email: string; active: true; mustChangePassword: false };
};

/** An active user of `role` with {@link BENCH_PASSWORD} and a personal API token. */
export async function createBenchUser(role: "editor" | "reviewer", label: string): Promise<BenchUser> {
  const server = await loadServer();
  const email = `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@bench.example`;
  const user = await server.db().user.create({ data: { email, name: `Bench ${label}`, role, passwordHash: await server.hashPassword(BENCH_PASSWORD) } });
  const actor = { id: user.id, role, name: user.name, email, active: true as const, mustChangePassword: false as const };
  const token = await server.createApiToken(actor, "bench");
  if (!token.ok) throw new Error(token.error.message);
  return { id: user.id, email, password: BENCH_PASSWORD, token: token.value.token, actor };
}

/** Creates an article of `wordCount` words with `annotationCount` annotations by `editor` (decisions by `reviewer`). */
export async function createAnnotatedArticle(editor: BenchUser, reviewer: BenchUser, wordCount: number, annotationCount: number): Promise<{ id: string; text: string }> {
  const server = await loadServer();
  const created = await server.createArticle(editor.actor, {
    metadata: { title: `Bench ${wordCount} words, ${annotationCount} annotations`, outlet: "Bench Times", byline: "", url: "", publishedOn: null },
    body: { text: benchArticleText(wordCount) },
    source: "text",
  });
  if (!created.ok) throw new Error(created.error.message);
  await insertAnnotations(server.db, created.value.id, editor.id, reviewer.id, annotationCount);
  return { id: created.value.id, text: created.value.text };
}

async function insertAnnotations(db: Db, articleId: string, authorId: string, reviewerId: string, count: number): Promise<void> {
  if (count === 0) return;
  const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true, text: true } });
  const points = Array.from(revision.text);
  const wordStarts: number[] = [];
  for (let i = 0; i < points.length; i += 1) if (/\S/.test(points[i]) && (i === 0 || /\s/.test(points[i - 1]))) wordStarts.push(i);
  const wordEnd = (start: number) => {
    let end = start;
    while (end < points.length && /\S/.test(points[end])) end += 1;
    return end;
  };
  const next = seededRandom(count);
  const kinds = ["claim", "quote", "allegation"] as const;
  const rows = Array.from({ length: count }, (_, i) => {
    const first = Math.floor(next() * (wordStarts.length - 13));
    const start = wordStarts[first];
    const end = wordEnd(wordStarts[first + 1 + Math.floor(next() * 10)]);
    const kind = kinds[i % 3];
    const fields =
      kind === "claim"
        ? { claimant: "The minister", verdict: "unverified" as const, rationale: i % 2 ? "Figures from the ministry's own report." : "" }
        : kind === "quote"
          ? { speaker: "Ayesha Khan", saidWhere: "Press conference", saidOn: new Date("2026-03-14"), wordingVerified: i % 2 === 0 }
          : { allegedBy: "The opposition", allegedAgainst: "The ministry", rightOfReplySought: true, rightOfReplySoughtOn: new Date("2026-03-15") };
    return {
      id: `bench${articleId.slice(-8)}${String(i).padStart(6, "0")}`,
      articleId,
      kind,
      revisionId: revision.id,
      start,
      end,
      exact: points.slice(start, end).join(""),
      prefix: points.slice(Math.max(0, start - 32), start).join(""),
      suffix: points.slice(end, end + 32).join(""),
      note: i % 4 === 0 ? `Check this against the budget tables (item ${i}).` : "",
      status: i % 7 === 0 ? ("approved" as const) : i % 3 === 0 ? ("submitted" as const) : ("draft" as const),
      authorId,
      lastEditedById: authorId,
      lastActorId: authorId,
      ...fields,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await db().annotation.createMany({ data: rows.slice(i, i + 1000) });
  const withEvidence = rows.filter((_, i) => i % 5 === 0);
  await db().evidence.createMany({
    data: withEvidence.map((row, i) => ({
      annotationId: row.id,
      position: 0,
      url: `https://example.org/report/${i}`,
      title: "Budget report",
      excerpt: "Taxes fell by 3.5 percent.",
      accessedOn: new Date("2026-03-16"),
    })),
  });
  for (const row of rows.filter((candidate) => candidate.status === "approved")) {
    const decision = await db().reviewDecision.create({
      data: { annotationId: row.id, actorId: reviewerId, action: "approve", fromStatus: "submitted", toStatus: "approved", reason: "", revisionId: revision.id, exact: row.exact },
      select: { id: true },
    });
    await db().annotation.update({ where: { id: row.id }, data: { lastDecisionId: decision.id } });
  }
}
