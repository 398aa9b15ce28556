-- An approval covers the text that was reviewed. Annotations saved as approved although their text
-- is gone (orphaned) or changed since were still published; they go back to review, each with an
-- audit row (no actor: the system did it). Additive: no column or row is removed.
WITH moved AS (
  UPDATE "Annotation"
  SET "status" = 'needs_rereview', "version" = "version" + 1, "updatedAt" = now()
  WHERE "status" = 'approved' AND "anchorState" IN ('orphaned', 'changed')
  RETURNING "id", "articleId", "anchorState"
)
INSERT INTO "AuditEvent" ("entityType", "entityId", "articleId", "action", "before", "after")
SELECT 'annotation', "id", "articleId", 'reanchor',
       jsonb_build_object('status', 'approved', 'anchorState', "anchorState"::text),
       jsonb_build_object('status', 'needs_rereview', 'anchorState', "anchorState"::text, 'result', "anchorState"::text, 'reason', 'An approval of text that is gone or changed is not published.')
FROM moved;
