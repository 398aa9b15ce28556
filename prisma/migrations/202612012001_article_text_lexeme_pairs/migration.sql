-- Phrase search in article texts, narrowed by an index of adjacent word pairs. A phrase
-- ("electricity prices") found its candidates through the GIN index of each word alone, then read
-- and decompressed every candidate's whole text vector to check the words stand together: for two
-- common words, thousands of large vectors for a handful of matches (lib/server/search).
--
-- A pair is two lexemes at adjacent positions of a text's search vector ('electr price'), as
-- `<->` in a phrase query requires them. The index holds each current or past revision's pairs,
-- computed from its stored search vector (no second parse of the text). A phrase's pairs must all
-- be there for it to match, so the pair index only narrows; every candidate is still checked
-- against the search vector itself. A text with too many pairs for one tsvector (1 MB) indexes
-- the marker ' *' instead, which every phrase search also looks for: it is always checked in full.
CREATE FUNCTION "factdesk_adjacent_lexeme_pairs"(vector tsvector) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN coalesce((
    SELECT array_to_tsvector(array_agg(DISTINCT left(a."lexeme" || ' ' || b."lexeme", 500)))
    FROM (SELECT u."lexeme", p FROM unnest(vector) u, unnest(u."positions") p) a
    JOIN (SELECT u."lexeme", p FROM unnest(vector) u, unnest(u."positions") p) b ON b.p = a.p + 1
  ), ''::tsvector);
EXCEPTION WHEN program_limit_exceeded THEN
  RETURN array_to_tsvector(ARRAY[' *']);
END
$$;

-- The pairs of one phrase as read by one text search configuration, as tsquery text ('a b' & 'b c'),
-- or NULL when it has none (one word, or words apart only, as around a stop word).
CREATE FUNCTION "factdesk_phrase_pairs_query"(config regconfig, phrase text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT string_agg('''' || replace(replace(p, '\', '\\'), '''', '\''') || '''', ' & ')
  FROM unnest(tsvector_to_array("factdesk_adjacent_lexeme_pairs"(to_tsvector(config, phrase)))) p
$$;

CREATE INDEX "ArticleRevision_searchVector_pairs_idx" ON "ArticleRevision" USING GIN ("factdesk_adjacent_lexeme_pairs"("searchVector")) WITH (fastupdate = off);
