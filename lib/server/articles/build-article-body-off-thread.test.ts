import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildArticleBody } from "@/lib/articles/build-article-body";
import { closeWorkerPools } from "@/lib/server/workers/worker-pools";
import { buildArticleBodyOffThread, buildSerialisedArticleBodyOffThread, OFF_THREAD_MIN_CHARS } from "./build-article-body-off-thread";

const root = process.cwd();
const vectors = (JSON.parse(fs.readFileSync(path.join(root, "lib/html/fixtures/xss/dompurify-expect.json"), "utf8")) as { payload: string }[]).map((vector) => vector.payload);
const sample = fs.readFileSync(path.join(root, "prisma/seed-data/seed-article.txt"), "utf8");

/** A large article: many paragraphs with marks, links, lists, quotes, RTL text and emoji. */
function largeHtml(chars: number): string {
  const blocks = [
    '<p>The minister said taxes fell by <b>3.5 percent</b>, according to <a href="https://example.org/report">the report</a>.</p>',
    "<blockquote><p>“We did it,” she said. <i>Critics disagreed!</i></p></blockquote>",
    "<ul><li>One 👍🏽</li><li>وزیر اعظم نے کہا</li></ul>",
    '<h2>Heading</h2><p onclick="alert(1)">Text<script>alert(1)</script> with <span style="x">spans</span>.</p>',
  ];
  let html = "";
  for (let i = 0; html.length < chars; i++) html += blocks[i % blocks.length];
  return html;
}

afterAll(async () => {
  await closeWorkerPools();
});

describe("buildArticleBodyOffThread", () => {
  it("gives the same document and text as the inline path for a large article", async () => {
    const html = largeHtml(300_000);
    const offThread = await buildArticleBodyOffThread({ html });
    expect(JSON.stringify(offThread)).toBe(JSON.stringify(buildArticleBody({ html })));
  }, 180_000);

  it("gives the same result for every XSS vector, sent as one large body", async () => {
    const html = vectors.join("\n<p>separator</p>\n").padEnd(OFF_THREAD_MIN_CHARS + 10, " ");
    const offThread = await buildArticleBodyOffThread({ html });
    expect(JSON.stringify(offThread)).toBe(JSON.stringify(buildArticleBody({ html })));
  }, 180_000);

  it("gives the same result for large plain text", async () => {
    const text = sample.repeat(Math.ceil((OFF_THREAD_MIN_CHARS * 2) / sample.length));
    const offThread = await buildArticleBodyOffThread({ text });
    expect(JSON.stringify(offThread)).toBe(JSON.stringify(buildArticleBody({ text })));
  }, 180_000);

  it("reports an empty large body as the inline path does", async () => {
    const html = `<p>${" ".repeat(OFF_THREAD_MIN_CHARS)}</p>`;
    expect(await buildArticleBodyOffThread({ html })).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
  }, 180_000);
});

describe("buildSerialisedArticleBodyOffThread", () => {
  it("gives the document as JSON text, the same as serialising the inline result", async () => {
    const html = largeHtml(200_000);
    const inline = buildArticleBody({ html });
    if (!inline.ok) throw new Error(inline.message);
    expect(await buildSerialisedArticleBodyOffThread({ html })).toEqual({ ok: true, body: { docJson: JSON.stringify(inline.body.doc), text: inline.body.text } });
  }, 180_000);

  it("serialises a small body inline, and reports an empty one", async () => {
    expect(await buildSerialisedArticleBodyOffThread({ text: "One line." })).toMatchObject({ ok: true, body: { text: "One line." } });
    expect(await buildSerialisedArticleBodyOffThread({ html: `<p>${" ".repeat(OFF_THREAD_MIN_CHARS)}</p>` })).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
  }, 180_000);
});
