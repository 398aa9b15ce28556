-- The audit trail is append-only: refuse UPDATE and DELETE on "AuditEvent" for everyone,
-- whatever the application does. (TRUNCATE is refused too.)
CREATE OR REPLACE FUNCTION factdesk_refuse_audit_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION factdesk_refuse_audit_change();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION factdesk_refuse_audit_change();
