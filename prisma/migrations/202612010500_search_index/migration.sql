-- Desk-wide search: one generated tsvector per searchable table, kept current by PostgreSQL itself.
-- Each vector holds the text twice: `english` (stemmed: "rose" finds "rising") and `simple`
-- (every word as written, lowercased: Urdu and other scripts without a stemmer, names, numbers).
-- pg_trgm gives trigram similarity for claim matching (PGlite loads it in scripts/embedded-postgres.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "title"), 'A')
) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

ALTER TABLE "ArticleRevision" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('english'::regconfig, "text") || to_tsvector('simple'::regconfig, "text")
) STORED;
CREATE INDEX "ArticleRevision_searchVector_idx" ON "ArticleRevision" USING GIN ("searchVector");

ALTER TABLE "Annotation" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "exact"), 'B') || setweight(to_tsvector('simple'::regconfig, "exact"), 'B')
  || setweight(to_tsvector('english'::regconfig,
       coalesce("claimant", '') || ' ' || coalesce("rationale", '') || ' ' || coalesce("speaker", '') || ' ' || coalesce("saidWhere", '') || ' '
       || coalesce("allegedBy", '') || ' ' || coalesce("allegedAgainst", '') || ' ' || "note"), 'C')
  || setweight(to_tsvector('simple'::regconfig,
       coalesce("claimant", '') || ' ' || coalesce("rationale", '') || ' ' || coalesce("speaker", '') || ' ' || coalesce("saidWhere", '') || ' '
       || coalesce("allegedBy", '') || ' ' || coalesce("allegedAgainst", '') || ' ' || "note"), 'C')
) STORED;
CREATE INDEX "Annotation_searchVector_idx" ON "Annotation" USING GIN ("searchVector");
-- Claim matching: trigram candidates over the quoted text.
CREATE INDEX "Annotation_exact_trgm_idx" ON "Annotation" USING GIN ("exact" gin_trgm_ops);

ALTER TABLE "Evidence" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "title" || ' ' || "excerpt"), 'C') || setweight(to_tsvector('simple'::regconfig, "title" || ' ' || "excerpt"), 'C')
) STORED;
CREATE INDEX "Evidence_searchVector_idx" ON "Evidence" USING GIN ("searchVector");

ALTER TABLE "Comment" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "body"), 'D') || setweight(to_tsvector('simple'::regconfig, "body"), 'D')
) STORED;
CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector");
