-- Large article bodies built by an article worker are written here with the worker's own
-- connection, then moved into their revision by the saving transaction (one UPDATE … FROM a
-- DELETE … RETURNING), so the megabytes never pass through the request thread. Additive.
CREATE TABLE "StagedArticleBody" (
    "id" TEXT NOT NULL,
    "doc" JSONB NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StagedArticleBody_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "StagedArticleBody_createdAt_idx" ON "StagedArticleBody"("createdAt");
