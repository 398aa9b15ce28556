import fs from "node:fs";
import path from "node:path";
import { buildArticleBody } from "../../lib/articles/build-article-body";
import { testDb, type SeededUser } from "./database";

export const SAMPLE_TEXT = fs.readFileSync(path.resolve("prisma/seed-data/seed-article.txt"), "utf8");

/** A fresh article owned by `author`, made the way the app makes one (its own copy per test). */
export async function seedArticle(author: SeededUser, options: { title?: string; text?: string } = {}) {
  const built = buildArticleBody({ text: options.text ?? SAMPLE_TEXT });
  if (!built.ok) throw new Error(built.message);
  const title = options.title ?? `Doha meeting ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const article = await testDb().article.create({
    data: {
      title,
      outlet: "Sample outlet",
      createdById: author.id,
      revisions: { create: { number: 1, doc: built.body.doc as object, text: built.body.text, source: "text", createdById: author.id } },
    },
    include: { revisions: true },
  });
  return { id: article.id, title, text: built.body.text, revisionId: article.revisions[0].id };
}
