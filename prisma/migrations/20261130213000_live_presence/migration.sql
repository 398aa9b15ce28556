-- Live desk presence: one row per open live stream, refreshed by the app instance that holds it.
CREATE TABLE "Presence" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "articleId" TEXT,
    "activity" TEXT NOT NULL DEFAULT 'viewing',
    "annotationId" TEXT,
    "instanceId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Presence_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Presence_articleId_idx" ON "Presence"("articleId");
CREATE INDEX "Presence_instanceId_idx" ON "Presence"("instanceId");
CREATE INDEX "Presence_expiresAt_idx" ON "Presence"("expiresAt");
