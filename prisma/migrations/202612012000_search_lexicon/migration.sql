-- Every lexeme of the desk's search vectors, so that a prefix ("inflat" while typing) is matched
-- through the few whole lexemes it stands for instead of a GIN partial match. A partial match
-- gathers every matching entry's rows into a bitmap that must be built and sorted before any row
-- is read: on a common word that was the costliest step of a search (lib/server/search).
--
-- Kept by PostgreSQL itself: after each INSERT or UPDATE of a searchable table, the new vectors'
-- lexemes not yet listed are added (one statement per statement, through its transition table).
-- Rows are never removed: a lexeme no longer used anywhere only costs a lookup that finds nothing.
-- No unique constraint, on purpose: two transactions adding the same new word never wait for
-- each other (a duplicate row is harmless: readers take DISTINCT). Derived data only.
CREATE TABLE "SearchLexeme" (
  "lexeme" text COLLATE "C" NOT NULL
);
-- C collation: a prefix (LIKE 'abc%') is a range of this index, byte for byte as tsquery's :* compares.
CREATE INDEX "SearchLexeme_lexeme_idx" ON "SearchLexeme" ("lexeme");

CREATE FUNCTION "factdesk_note_new_search_lexemes"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchLexeme" ("lexeme")
  SELECT DISTINCT l."lexeme"
  FROM new_rows n, unnest(tsvector_to_array(n."searchVector")) AS l("lexeme")
  WHERE n."searchVector" IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM "SearchLexeme" s WHERE s."lexeme" = l."lexeme");
  RETURN NULL;
END
$$;

-- On UPDATE only the rows whose vector changed are looked at (a status change adds nothing).
CREATE FUNCTION "factdesk_note_changed_search_lexemes"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchLexeme" ("lexeme")
  SELECT DISTINCT l."lexeme"
  FROM new_rows n, unnest(tsvector_to_array(n."searchVector")) AS l("lexeme")
  WHERE n."searchVector" IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM old_rows o WHERE o."id" = n."id" AND o."searchVector" IS NOT DISTINCT FROM n."searchVector")
    AND NOT EXISTS (SELECT 1 FROM "SearchLexeme" s WHERE s."lexeme" = l."lexeme");
  RETURN NULL;
END
$$;

CREATE TRIGGER "Article_search_lexemes_insert" AFTER INSERT ON "Article"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "factdesk_note_new_search_lexemes"();
CREATE TRIGGER "Article_search_lexemes_update" AFTER UPDATE ON "Article"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "factdesk_note_changed_search_lexemes"();
CREATE TRIGGER "ArticleRevision_search_lexemes_insert" AFTER INSERT ON "ArticleRevision"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "factdesk_note_new_search_lexemes"();
CREATE TRIGGER "ArticleRevision_search_lexemes_update" AFTER UPDATE ON "ArticleRevision"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "factdesk_note_changed_search_lexemes"();
CREATE TRIGGER "Annotation_search_lexemes_insert" AFTER INSERT ON "Annotation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "factdesk_note_new_search_lexemes"();
CREATE TRIGGER "Annotation_search_lexemes_update" AFTER UPDATE ON "Annotation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "factdesk_note_changed_search_lexemes"();
CREATE TRIGGER "Evidence_search_lexemes_insert" AFTER INSERT ON "Evidence"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "factdesk_note_new_search_lexemes"();
CREATE TRIGGER "Evidence_search_lexemes_update" AFTER UPDATE ON "Evidence"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "factdesk_note_changed_search_lexemes"();
CREATE TRIGGER "Comment_search_lexemes_insert" AFTER INSERT ON "Comment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "factdesk_note_new_search_lexemes"();
CREATE TRIGGER "Comment_search_lexemes_update" AFTER UPDATE ON "Comment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "factdesk_note_changed_search_lexemes"();

-- What the desk already holds.
INSERT INTO "SearchLexeme" ("lexeme")
SELECT DISTINCT l FROM (
  SELECT unnest(tsvector_to_array("searchVector")) FROM "Article"
  UNION ALL SELECT unnest(tsvector_to_array("searchVector")) FROM "ArticleRevision"
  UNION ALL SELECT unnest(tsvector_to_array("searchVector")) FROM "Annotation"
  UNION ALL SELECT unnest(tsvector_to_array("searchVector")) FROM "Evidence"
  UNION ALL SELECT unnest(tsvector_to_array("searchVector")) FROM "Comment"
) AS lexemes(l)
WHERE l IS NOT NULL;
ANALYZE "SearchLexeme";
