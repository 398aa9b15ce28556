-- An article's search vector can no longer refuse the article. A tsvector holds at most 1 MB, and
-- a long text of many distinct words (tables of figures, lists of names, codes; the body limit is
-- 2,000,000 characters) went past it: PostgreSQL refused the INSERT of the revision ("string is
-- too long for tsvector"), so the article could not be saved at all. Now such a text is indexed by
-- its first 100,000 characters instead (still found by its opening; the whole text is kept and
-- shown as before). Every ordinary article keeps the same vector as before.
--
-- The column is derived data only: dropping and adding it back recomputes it from "text" and
-- loses nothing. Its GIN index comes back as tuned in 202612011500 (no pending list).
CREATE OR REPLACE FUNCTION "factdesk_article_text_vector"(body text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN to_tsvector('english'::regconfig, body) || to_tsvector('simple'::regconfig, body);
EXCEPTION WHEN program_limit_exceeded THEN
  RETURN to_tsvector('english'::regconfig, left(body, 100000)) || to_tsvector('simple'::regconfig, left(body, 100000));
END
$$;

DROP INDEX IF EXISTS "ArticleRevision_searchVector_idx";
ALTER TABLE "ArticleRevision" DROP COLUMN "searchVector";
ALTER TABLE "ArticleRevision" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS ("factdesk_article_text_vector"("text")) STORED;
CREATE INDEX "ArticleRevision_searchVector_idx" ON "ArticleRevision" USING GIN ("searchVector") WITH (fastupdate = off);
