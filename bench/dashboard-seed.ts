import type { AppPrismaClient } from "../lib/db/create-prisma-client";

/**
 * Writes a year (1990) of desk history in a few set-based statements: `count` annotations on 200
 * articles by 4 editors, each created, submitted an hour later, one in five sent back by one of 4
 * reviewers and resubmitted, then decided (one in ten left open, one in ten rejected, the rest
 * approved). Returns the number of events written.
 */
export async function seedBenchDesk(db: AppPrismaClient, count: number): Promise<number> {
  await db.$executeRawUnsafe(`
    INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt")
    SELECT 'bench-' || r || n, 'bench-' || r || n || '@bench.example', 'Bench ' || r || n, '-', (CASE r WHEN 'e' THEN 'editor' ELSE 'reviewer' END)::"Role", now()
    FROM unnest(ARRAY['e', 'r']) r CROSS JOIN generate_series(0, 3) n`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Article" ("id", "title", "createdById", "updatedAt", "createdAt")
    SELECT 'bench-art-' || k, 'Bench article ' || k, 'bench-e0', now(), '1990-01-01' FROM generate_series(0, 199) k`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ArticleRevision" ("id", "articleId", "number", "doc", "text", "source", "createdById")
    SELECT 'bench-rev-' || k, 'bench-art-' || k, 1, '{}'::jsonb, 'Bench text', 'text', 'bench-e0' FROM generate_series(0, 199) k`);
  // The timeline of each annotation, one row each.
  await db.$executeRawUnsafe(`
    CREATE TEMP TABLE bench_timeline AS
    SELECT g, 'bench-a-' || g AS id, 'bench-art-' || (g % 200) AS article, 'bench-e' || (g % 4) AS author, 'bench-r' || (g % 4) AS reviewer,
      c AS created, c + interval '1 hour' AS submitted,
      CASE WHEN g % 5 = 2 THEN c + interval '1 hour' + (g % 40) * interval '1 hour' END AS sent_back,
      CASE WHEN g % 5 = 2 THEN c + interval '3 hours' + (g % 40) * interval '1 hour' ELSE c + interval '1 hour' END AS last_submitted,
      CASE WHEN g % 10 = 0 THEN NULL ELSE (CASE WHEN g % 5 = 2 THEN c + interval '3 hours' + (g % 40) * interval '1 hour' ELSE c + interval '1 hour' END) + (1 + g % 72) * interval '1 hour' END AS decided,
      CASE WHEN g % 10 = 0 THEN 'submitted' WHEN g % 10 = 1 THEN 'rejected' ELSE 'approved' END AS status
    FROM generate_series(1, ${count}) g, LATERAL (SELECT timestamp '1990-01-01' + g * (interval '364 days' / ${count}) AS c) t`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Annotation" ("id", "articleId", "revisionId", "kind", "verdict", "start", "end", "exact", "prefix", "suffix", "status", "authorId", "lastEditedById", "createdAt", "updatedAt", "submittedAt")
    SELECT id, article, 'bench-rev-' || (g % 200), (ARRAY['claim', 'quote', 'allegation'])[1 + g % 3]::"AnnotationKind",
      CASE WHEN g % 3 = 0 THEN (ARRAY['unverified', 'true', 'mostly_true', 'mixed', 'misleading', 'false', 'unsubstantiated'])[1 + g % 7]::"Verdict" END,
      0, 5, 'Bench', '', ' text', status::"ReviewStatus", author, author, created, COALESCE(decided, last_submitted), last_submitted
    FROM bench_timeline`);
  const events = await db.$executeRawUnsafe(`
    INSERT INTO "AuditEvent" ("at", "actorId", "entityType", "entityId", "articleId", "action", "type", "before", "after")
    SELECT at, actor, 'annotation', id, article, action, type, before, after FROM (
      SELECT created AS at, author AS actor, id, article, 'create' AS action, 'annotation.created' AS type, NULL::jsonb AS before, '{"status":"draft"}'::jsonb AS after FROM bench_timeline
      UNION ALL SELECT submitted, author, id, article, 'submit', 'annotation.submitted', '{"status":"draft"}', '{"status":"submitted"}' FROM bench_timeline
      UNION ALL SELECT sent_back, reviewer, id, article, 'request_changes', 'annotation.changes_requested', '{"status":"submitted"}', '{"status":"changes_requested"}' FROM bench_timeline WHERE sent_back IS NOT NULL
      UNION ALL SELECT last_submitted, author, id, article, 'submit', 'annotation.submitted', '{"status":"changes_requested"}', '{"status":"submitted"}' FROM bench_timeline WHERE sent_back IS NOT NULL
      UNION ALL SELECT decided, reviewer, id, article, CASE status WHEN 'approved' THEN 'approve' ELSE 'reject' END, 'annotation.' || status, '{"status":"submitted"}', jsonb_build_object('status', status) FROM bench_timeline WHERE decided IS NOT NULL
    ) e ORDER BY at`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ReviewDecision" ("id", "annotationId", "actorId", "action", "fromStatus", "toStatus", "revisionId", "exact", "createdAt")
    SELECT 'bench-d-' || g, id, reviewer, (CASE status WHEN 'approved' THEN 'approve' ELSE 'reject' END)::"DecisionAction", 'submitted', status::"ReviewStatus", 'bench-rev-' || (g % 200), 'Bench', decided
    FROM bench_timeline WHERE decided IS NOT NULL`);
  await db.$executeRawUnsafe(`UPDATE "Annotation" a SET "lastDecisionId" = 'bench-d-' || t.g FROM bench_timeline t WHERE t.id = a."id" AND t.decided IS NOT NULL`);
  await db.$executeRawUnsafe(`DROP TABLE bench_timeline`);
  await db.$executeRawUnsafe(`ANALYZE`);
  return events;
}
