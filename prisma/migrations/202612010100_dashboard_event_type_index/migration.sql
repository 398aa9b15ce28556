-- The desk dashboard counts events of some types over a range of days.
CREATE INDEX "AuditEvent_type_at_idx" ON "AuditEvent"("type", "at");
