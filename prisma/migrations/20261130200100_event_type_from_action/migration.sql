-- An audit row inserted without a type (by SQL written before types existed, e.g. an older data
-- migration) gets the one its entityType + action stand for, so "type" is always set.
CREATE OR REPLACE FUNCTION factdesk_legacy_event_type(entity_type TEXT, action TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE entity_type || '/' || action
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
    ELSE entity_type || '.' || action
  END
$$;

CREATE OR REPLACE FUNCTION factdesk_fill_event_type() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."type" := factdesk_legacy_event_type(NEW."entityType", NEW."action");
  RETURN NEW;
END;
$$;

CREATE TRIGGER "AuditEvent_fill_type"
  BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW WHEN (NEW."type" IS NULL) EXECUTE FUNCTION factdesk_fill_event_type();
