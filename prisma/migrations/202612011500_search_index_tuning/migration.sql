-- Desk search tuning (see lib/server/search). Additive: no data changes.
--
-- 1. The search GIN indexes without a pending list (fastupdate = off). With it, rows written since
--    the last vacuum sit in an unsorted list that every search reads in full; a busy desk between
--    autovacuums made every query pay for it. Writes update the index in place instead (an
--    annotation is written far less often than the desk is searched). Whatever is pending now is
--    merged first.
SELECT gin_clean_pending_list('"Article_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"ArticleRevision_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"Annotation_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"Evidence_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"Comment_searchVector_idx"'::regclass);
ALTER INDEX "Article_searchVector_idx" SET (fastupdate = off);
ALTER INDEX "ArticleRevision_searchVector_idx" SET (fastupdate = off);
ALTER INDEX "Annotation_searchVector_idx" SET (fastupdate = off);
ALTER INDEX "Evidence_searchVector_idx" SET (fastupdate = off);
ALTER INDEX "Comment_searchVector_idx" SET (fastupdate = off);

-- 2. What search needs of an annotation when it found its evidence or comment (its article, whether
--    it is deleted, the filters), readable from the index alone: no visit of the wide annotation
--    row (quote, context, fields, search vector) for each candidate.
CREATE INDEX "Annotation_search_filter_idx" ON "Annotation" ("id") INCLUDE ("articleId", "deletedAt", "kind", "status", "verdict", "authorId", "createdAt");
