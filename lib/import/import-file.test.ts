import { describe, expect, it } from "vitest";
import { fileKind, importFile } from "./import-file";
import { buildDocx, sampleArticleBlocks } from "./test-support/build-docx";
import { ARTICLE_PAGE } from "./test-support/article-server";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("fileKind", () => {
  it.each([
    ["story.docx", null, "docx"],
    ["STORY.DOCX", null, "docx"],
    ["notes.md", null, "markdown"],
    ["notes.markdown", null, "markdown"],
    ["page.html", null, "html"],
    ["page.htm", null, "html"],
    ["copy.txt", null, "text"],
    ["upload", "text/plain; charset=utf-8", "text"],
    ["upload", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
    ["upload.bin", "text/markdown", "markdown"],
    ["report.pdf", "application/pdf", null],
    ["image.png", null, null],
    ["noextension", null, null],
  ])("%s (%s) → %s", (name, mime, kind) => {
    expect(fileKind(name, mime)).toBe(kind);
  });
});

describe("importFile", () => {
  it("imports a .docx", async () => {
    const result = await importFile({ fileName: "story.docx", data: await buildDocx(sampleArticleBlocks()) });
    expect(result.ok && result.article.title).toBe("Minister claims record export growth");
  });

  it("imports Markdown with its first heading as title", async () => {
    const result = await importFile({ fileName: "story.md", data: utf8("# The headline\n\nBy Jane Doe\n\nFirst *paragraph*.\n\n- a point") });
    expect(result.ok && result.article).toEqual({
      title: "The headline",
      byline: "Jane Doe",
      publishedOn: null,
      url: null,
      html: "<p>First <em>paragraph</em>.</p>\n<ul>\n<li>a point</li>\n</ul>",
    });
  });

  it("imports a saved web page through article extraction", async () => {
    const result = await importFile({ fileName: "saved.html", data: utf8(ARTICLE_PAGE) });
    expect(result.ok && result.article).toMatchObject({ title: "Minister claims record export growth", byline: "Jane Doe", url: null });
    expect(result.ok && result.article.html).not.toMatch(/<nav|Privacy|onclick/);
  });

  it("imports a short HTML fragment as it is", async () => {
    const result = await importFile({ fileName: "snippet.htm", data: utf8("<h2>Title</h2><p onclick=x>Short <b>text</b>.</p><script>x</script>") });
    expect(result.ok && result.article).toMatchObject({ title: "Title", html: "<p>Short <strong>text</strong>.</p>" });
  });

  it("imports plain text, one paragraph per line, with a headline line as title", async () => {
    const result = await importFile({ fileName: "copy.txt", data: utf8("\uFEFFExports hit record\r\n\r\nThe minister said <b>12%</b>.\nOthers disagreed.") });
    expect(result.ok && result.article).toMatchObject({
      title: "Exports hit record",
      html: "<p>The minister said &lt;b&gt;12%&lt;/b&gt;.</p><p>Others disagreed.</p>",
    });
  });

  it("keeps a first sentence in the body and titles plain text after the file", async () => {
    const seed = "Pakistani diplomats and an Afghan Taliban delegation convened on the sidelines of the Doha-III conference.\nThe discussions aimed at bolstering bilateral relations.";
    const result = await importFile({ fileName: "doha_talks.txt", data: utf8(seed) });
    expect(result.ok && result.article.title).toBe("doha talks");
    expect(result.ok && result.article.html.startsWith("<p>Pakistani diplomats")).toBe(true);
  });

  it("decodes UTF-16 text files", async () => {
    const bom = Buffer.from([0xff, 0xfe]);
    const result = await importFile({ fileName: "urdu.txt", data: Buffer.concat([bom, Buffer.from("وزیر اعظم نے کہا۔\nدوسرا", "utf16le")]) });
    expect(result.ok && result.article.html).toBe("<p>وزیر اعظم نے کہا۔</p><p>دوسرا</p>");
  });

  it.each([
    [{ fileName: "report.pdf", data: utf8("%PDF") }, "unsupported_file", /Word \(\.docx\), Markdown \(\.md\), web page \(\.html\) or plain text \(\.txt\)/],
    [{ fileName: "old.doc", data: utf8("x") }, "old_word_format", /save it as \.docx/],
    [{ fileName: "empty.txt", data: new Uint8Array(0) }, "empty_document", /empty/],
    [{ fileName: "blank.txt", data: utf8(" \n\n ") }, "empty_document", /no text/],
    [{ fileName: "blank.md", data: utf8("<script>x</script>") }, "empty_document", /no text/],
    [{ fileName: "binary.txt", data: new Uint8Array([0x41, 0x00, 0x42]) }, "unreadable_file", /could not be read/],
    [{ fileName: "fake.docx", data: utf8("just text") }, "not_docx", /isn't a Word document/],
  ])("refuses %#", async (input, code, message) => {
    const result = await importFile(input);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it("refuses files over the size limit", async () => {
    const result = await importFile({ fileName: "big.txt", data: new Uint8Array(2 * 1024 * 1024).fill(0x61) }, { maxBytes: 1024 * 1024 });
    expect(result).toEqual({
      ok: false,
      error: { code: "too_large", message: "This file is too large to import (2 MB; the limit is 1 MB)." },
    });
  });
});
