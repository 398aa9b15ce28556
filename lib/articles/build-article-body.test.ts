import { describe, expect, it } from "vitest";
import { buildArticleBody } from "./build-article-body";

describe("buildArticleBody", () => {
  it("makes one paragraph per line of plain text and keeps the text", () => {
    const result = buildArticleBody({ text: "First line.\n\nSecond line." });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body.text).toBe("First line.\nSecond line.");
    expect(result.body.doc.content).toHaveLength(2);
  });

  it("sanitises HTML and keeps its structure", () => {
    const result = buildArticleBody({ html: '<h2>Head</h2><p onclick="x()">A <a href="javascript:alert(1)">link</a> and <em>more</em></p><script>alert(1)</script>' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body.text).toBe("Head\nA link and more");
    expect(JSON.stringify(result.body.doc)).not.toMatch(/javascript|onclick|alert/);
    expect(result.body.doc.content?.[0]).toMatchObject({ type: "heading" });
  });

  it("keeps emoji and Urdu text exactly", () => {
    const result = buildArticleBody({ text: "وزیر اعظم نے کہا 👍🏽 ٹھیک" });
    expect(result.ok && result.body.text).toBe("وزیر اعظم نے کہا 👍🏽 ٹھیک");
  });

  it("refuses an empty body", () => {
    expect(buildArticleBody({ text: "  \n\n " })).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
    expect(buildArticleBody({ html: "<script>only a script</script>" }).ok).toBe(false);
  });
});
