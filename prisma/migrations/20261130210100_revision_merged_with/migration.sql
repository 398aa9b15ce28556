-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "mergedWith" INTEGER;
