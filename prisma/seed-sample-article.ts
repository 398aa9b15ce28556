import type { AppPrismaClient } from "../lib/db/create-prisma-client";

export async function seedSampleArticle(_prisma: AppPrismaClient): Promise<{ created: boolean; title: string }> {
  return { created: false, title: "" };
}
