import { describe, expect, it } from "vitest";
import { newArticle, newDraft, person } from "@/app/api/annotations/review-fixtures.test-helper";
import type { Actor } from "@/lib/server/auth/actor";
import { addComment } from "@/lib/server/comments/add-comment";
import { editComment } from "@/lib/server/comments/edit-comment";
import { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/prisma";
import { parseSearchQuery } from "@/lib/search/search-query";
import { searchDesk } from "./search-desk";
import { MAX_PREFIX_EXPANSION } from "./search-hits-sql";
import { searchPageSql } from "./search-page-sql";

/** A made-up word no other test writes, so results are this test's own. */
function nonce(): string {
  return `zq${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
}

async function foundArticles(actor: Actor, q: string): Promise<string[]> {
  const found = await searchDesk(actor, { q }, { limit: 50, cursor: null });
  if (!found.ok) throw new Error(found.error.message);
  return found.value.groups.map((group) => group.article.id).sort();
}

describe("searchDesk: or", () => {
  it("finds articles holding either word of `a or b`, not only those with both", async () => {
    const [a, b] = [nonce(), nonce()];
    const editor = await person("editor");
    const first = await newArticle(`The ${a} spoke first.`, "First");
    const second = await newArticle(`The ${b} spoke next.`, "Second");
    const both = await newArticle(`The ${a} and the ${b} spoke.`, "Both");
    expect(await foundArticles(editor, `${a} or ${b}`)).toEqual([first.id, second.id, both.id].sort());
  });
});

describe("searchDesk: the last word as a prefix", () => {
  it("finds every word a prefix stands for: hyphenated words, addresses, links, words with digits", async () => {
    const word = nonce();
    const editor = await person("editor");
    const hyphen = await newArticle(`The ${word}-led campaign went on.`, "Hyphenated");
    const mail = await newArticle(`Write to ${word}@press.example.org for details.`, "Mail");
    const link = await newArticle(`See https://${word}.example.org/a?b=c%20d&e='f' for the figures.`, "Link");
    const digits = await newArticle(`Figures from ${word}2024 and ${word}_b.`, "Digits");
    const other = await newArticle(`Nothing like ${word.slice(0, 5)} here.`, "Other");
    expect(await foundArticles(editor, word.slice(0, 6))).toEqual([hyphen.id, mail.id, link.id, digits.id].sort());
    expect(await foundArticles(editor, word.slice(0, 5))).toEqual([hyphen.id, mail.id, link.id, digits.id, other.id].sort());
  });

  it(`finds them all when the prefix stands for more than ${MAX_PREFIX_EXPANSION} words, and ranks as for a few`, async () => {
    const word = nonce();
    const editor = await person("editor");
    const many = Array.from({ length: MAX_PREFIX_EXPANSION + 8 }, (_, i) => `${word}${String.fromCharCode(97 + (i % 26))}${i}`);
    const crowded = await newArticle(`A list: ${many.join(" ")}.`, "Crowded");
    const single = await newArticle(`Only ${many[0]} here.`, "Single");
    expect(await foundArticles(editor, word)).toEqual([crowded.id, single.id].sort());
    expect(await foundArticles(editor, many[0])).toEqual([crowded.id, single.id].sort());
    const found = await searchDesk(editor, { q: word }, { limit: 50, cursor: null });
    if (!found.ok) throw new Error(found.error.message);
    // The text that holds the prefix's words many times ranks first, as a prefix query ranks it.
    expect(found.value.groups[0].article.id).toBe(crowded.id);
  });

  it("finds words added by an edit (a comment changed to name something new), and nothing deleted", async () => {
    const word = nonce();
    const editor = await person("editor");
    const known = await newArticle(`The ${word}a council met on Tuesday.`, "Known");
    const article = await newArticle("The council met on Tuesday.", "Council");
    const draft = await newDraft(editor, article.id, "council met");
    const comment = await addComment(editor, draft.id, { body: "Check the minutes.", mentions: [] });
    if (!comment.ok) throw new Error(comment.error.message);
    expect(await foundArticles(editor, word)).toEqual([known.id]);
    const edited = await editComment(editor, comment.value.id, { body: `Check the ${word}b minutes.`, mentions: [] });
    expect(edited.ok).toBe(true);
    expect(await foundArticles(editor, word)).toEqual([known.id, article.id].sort());
    await db().article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    expect(await foundArticles(editor, word)).toEqual([known.id]);
  });
});

describe("searchDesk: results as stored", () => {
  it("gives each article's creation time exactly, whatever the server's time zone", async () => {
    const word = nonce();
    const editor = await person("editor");
    const article = await newArticle(`${word} appears.`, "Zoned");
    const stored = await db().article.findUniqueOrThrow({ where: { id: article.id } });
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Karachi";
    try {
      const found = await searchDesk(editor, { q: word }, { limit: 5, cursor: null });
      if (!found.ok) throw new Error(found.error.message);
      expect(found.value.groups[0].article.createdAt).toBe(stored.createdAt.toISOString());
    } finally {
      process.env.TZ = zone;
    }
  });
});

describe("searchDesk: quoted phrases in article texts", () => {
  it("finds a phrase only where its words stand together, as stems or as written, and with or without other terms", async () => {
    const word = nonce();
    const editor = await person("editor");
    const together = await newArticle(`Officials said ${word} prices rose again.`, "Together");
    const stemmed = await newArticle(`The ${word} price was announced.`, "Stemmed");
    const apart = await newArticle(`The ${word} report listed prices.`, "Apart");
    const hyphen = await newArticle(`A ${word}-led campaign went on.`, "Hyphenated");
    expect(await foundArticles(editor, `"${word} prices"`)).toEqual([together.id, stemmed.id].sort());
    expect(await foundArticles(editor, `"${word} prices" rose`)).toEqual([together.id]);
    expect(await foundArticles(editor, `"${word} prices" -"price was"`)).toEqual([together.id]);
    expect(await foundArticles(editor, `"${word} prices" or "${word} report"`)).toEqual([together.id, stemmed.id, apart.id].sort());
    expect(await foundArticles(editor, `"${word}-led campaign"`)).toEqual([hyphen.id]);
    expect(await foundArticles(editor, `"${word} of prices"`)).toEqual([]);
    expect(await foundArticles(editor, `"prices rose" ${word}`)).toEqual([together.id]);
  });

  it("indexes a text's adjacent word pairs (stems and as written) and asks a phrase's pairs of that index", async () => {
    const [row] = await db().$queryRaw<{ pairs: string; english: string | null; simple: string | null; stopped: string | null }[]>`
      SELECT "factdesk_adjacent_lexeme_pairs"("factdesk_article_text_vector"('Electricity prices rose')) ::text AS pairs,
        "factdesk_phrase_pairs_query"('english', 'electricity prices') AS english, "factdesk_phrase_pairs_query"('simple', 'Electricity prices') AS simple,
        "factdesk_phrase_pairs_query"('english', 'cost of living') AS stopped`;
    expect(row.pairs.split(" ").join(" ")).toBe("'electr price' 'electricity prices' 'price rose' 'prices rose' 'rose electricity'");
    expect(row.english).toBe("'electr price'");
    expect(row.simple).toBe("'electricity prices'");
    expect(row.stopped).toBeNull();
    const parsed = parseSearchQuery('"electricity prices" rose');
    if (!parsed.ok) throw new Error(parsed.message);
    const plan = await db().$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${searchPageSql(parsed.query, { q: parsed.query.web }, { limit: 20, offset: 0 })}`);
    expect(plan.map((line) => line["QUERY PLAN"]).join("\n")).toContain("ArticleRevision_searchVector_pairs_idx");
  });
});
