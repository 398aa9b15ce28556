-- The sweep of stalled evidence archives: when each archive request was made, and how often the
-- sweep has re-queued it. Requests pending now count from now (the sweep gives them a full period).
ALTER TABLE "Evidence" ADD COLUMN "archiveRequestedAt" TIMESTAMP(3);
ALTER TABLE "Evidence" ADD COLUMN "archiveRequeues" INTEGER NOT NULL DEFAULT 0;
UPDATE "Evidence" SET "archiveRequestedAt" = CURRENT_TIMESTAMP WHERE "archiveState" = 'pending';
CREATE INDEX "Evidence_archiveState_archiveRequestedAt_idx" ON "Evidence"("archiveState", "archiveRequestedAt");
