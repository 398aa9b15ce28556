-- Desk workflow: who is assigned to annotate or review an article, its due date and desk status (additive).

-- CreateEnum
CREATE TYPE "DeskStatus" AS ENUM ('to_do', 'annotating', 'in_review', 'done', 'published');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('annotate', 'review');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "deskStatus" "DeskStatus" NOT NULL DEFAULT 'to_do',
ADD COLUMN "dueAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ArticleAssignment" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "AssignmentRole" NOT NULL,
    "assignedById" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleAssignment_articleId_userId_role_key" ON "ArticleAssignment"("articleId", "userId", "role");

-- CreateIndex
CREATE INDEX "ArticleAssignment_userId_role_idx" ON "ArticleAssignment"("userId", "role");

-- CreateIndex
CREATE INDEX "Article_deskStatus_createdAt_id_idx" ON "Article"("deskStatus", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Article_dueAt_idx" ON "Article"("dueAt");

-- AddForeignKey
ALTER TABLE "ArticleAssignment" ADD CONSTRAINT "ArticleAssignment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleAssignment" ADD CONSTRAINT "ArticleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleAssignment" ADD CONSTRAINT "ArticleAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
