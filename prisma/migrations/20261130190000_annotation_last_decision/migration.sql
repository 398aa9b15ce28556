-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN "lastDecisionId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Annotation_lastDecisionId_key" ON "Annotation"("lastDecisionId");

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_lastDecisionId_fkey" FOREIGN KEY ("lastDecisionId") REFERENCES "ReviewDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill from the decision trail: each annotation's latest reviewer decision (not a submission).
UPDATE "Annotation" AS a
SET "lastDecisionId" = latest."id"
FROM (
  SELECT DISTINCT ON ("annotationId") "id", "annotationId"
  FROM "ReviewDecision"
  WHERE "action" <> 'submit'
  ORDER BY "annotationId", "createdAt" DESC, "id" DESC
) AS latest
WHERE a."id" = latest."annotationId";
