-- Typed event stream: every audit row gets its event type (e.g. "annotation.approved").
-- Rows written before types existed are given theirs from entityType + action; the append-only
-- trigger is paused for that one backfill only.
ALTER TABLE "AuditEvent" ADD COLUMN "type" TEXT;

ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
UPDATE "AuditEvent" SET "type" = CASE "entityType" || '/' || "action"
  WHEN 'annotation/create' THEN 'annotation.created'
  WHEN 'annotation/edit' THEN 'annotation.updated'
  WHEN 'annotation/delete' THEN 'annotation.deleted'
  WHEN 'annotation/submit' THEN 'annotation.submitted'
  WHEN 'annotation/approve' THEN 'annotation.approved'
  WHEN 'annotation/reject' THEN 'annotation.rejected'
  WHEN 'annotation/request_changes' THEN 'annotation.changes_requested'
  WHEN 'annotation/reopen' THEN 'annotation.reopened'
  WHEN 'annotation/reattach' THEN 'annotation.reattached'
  WHEN 'annotation/reanchor' THEN 'annotation.reanchored'
  WHEN 'comment/comment' THEN 'comment.added'
  WHEN 'comment/comment_edit' THEN 'comment.edited'
  WHEN 'article/create' THEN 'article.created'
  WHEN 'article/update' THEN 'article.updated'
  WHEN 'article/revise' THEN 'revision.saved'
  WHEN 'user/create' THEN 'user.created'
  WHEN 'user/edit' THEN 'user.updated'
  WHEN 'user/deactivate' THEN 'user.deactivated'
  WHEN 'user/change_password' THEN 'user.password_changed'
  WHEN 'api_token/create' THEN 'token.created'
  WHEN 'api_token/revoke' THEN 'token.revoked'
  ELSE "entityType" || '.' || "action"
END;
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";

ALTER TABLE "AuditEvent" ALTER COLUMN "type" SET NOT NULL;

-- Live streams read "everything after position N" for one article or the whole desk.
CREATE INDEX "AuditEvent_articleId_id_idx" ON "AuditEvent"("articleId", "id");
