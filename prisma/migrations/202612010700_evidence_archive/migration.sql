-- Evidence archive: snapshots of what the desk saw at each evidence URL, and link checks. Additive.

CREATE TYPE "EvidenceArchiveState" AS ENUM ('none', 'pending', 'archived', 'failed');
CREATE TYPE "EvidenceLinkState" AS ENUM ('ok', 'changed', 'dead');
CREATE TYPE "EvidenceSnapshotKind" AS ENUM ('archive', 'check');

ALTER TABLE "Evidence" ADD COLUMN "archiveState" "EvidenceArchiveState" NOT NULL DEFAULT 'none',
ADD COLUMN "archiveRequestId" TEXT,
ADD COLUMN "linkState" "EvidenceLinkState",
ADD COLUMN "linkCheckedAt" TIMESTAMP(3),
ADD COLUMN "checkRequestId" TEXT;

CREATE TABLE "EvidenceSnapshot" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "kind" "EvidenceSnapshotKind" NOT NULL,
    "requestId" TEXT NOT NULL,
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "contentType" TEXT,
    "byteLength" INTEGER,
    "sha256" TEXT,
    "textSha256" TEXT,
    "title" TEXT,
    "text" TEXT,
    "textTruncated" BOOLEAN NOT NULL DEFAULT false,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "linkState" "EvidenceLinkState",
    CONSTRAINT "EvidenceSnapshot_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "EvidenceSnapshot_requestId_key" ON "EvidenceSnapshot"("requestId");
CREATE INDEX "EvidenceSnapshot_evidenceId_fetchedAt_idx" ON "EvidenceSnapshot"("evidenceId", "fetchedAt");
ALTER TABLE "EvidenceSnapshot" ADD CONSTRAINT "EvidenceSnapshot_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;
