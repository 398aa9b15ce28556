-- Claim reuse: the decided claim an annotation's verdict, rationale and evidence were copied from.
ALTER TABLE "Annotation" ADD COLUMN "reusedFromId" TEXT;
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_reusedFromId_fkey" FOREIGN KEY ("reusedFromId") REFERENCES "Annotation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Corrections log: changes to published claims' verdicts and rationales, with the reviewer's note.
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "verdictBefore" "Verdict",
    "verdictAfter" "Verdict",
    "rationaleBefore" TEXT,
    "rationaleAfter" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Correction_articleId_createdAt_idx" ON "Correction"("articleId", "createdAt");
CREATE INDEX "Correction_annotationId_createdAt_idx" ON "Correction"("annotationId", "createdAt");
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
