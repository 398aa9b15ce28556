import { describe, expect, it } from "vitest";
import { ARTICLE_HTML_TAGS, sanitizeArticleHtml } from "./sanitize-article-html";
import { htmlSafetyProblems } from "./test-support/xss-safety";

describe("sanitizeArticleHtml: structure kept", () => {
  it.each([
    ["<p>One</p><p>Two</p>", "<p>One</p><p>Two</p>"],
    ["<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4>", "<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4>"],
    ["<h5>E</h5><h6>F</h6>", "<h4>E</h4><h4>F</h4>"],
    ["<ul><li>a</li></ul><ol><li>b</li></ol>", "<ul><li>a</li></ul><ol><li>b</li></ol>"],
    ["<blockquote><p>Q</p></blockquote>", "<blockquote><p>Q</p></blockquote>"],
    ["<p><strong>s</strong><b>b</b><em>e</em><i>i</i><u>u</u><s>x</s></p>", "<p><strong>s</strong><strong>b</strong><em>e</em><em>i</em><u>u</u><s>x</s></p>"],
    ["<p><strike>a</strike><del>b</del></p>", "<p><s>a</s><s>b</s></p>"],
    ["<p>a<br>b</p><hr>", "<p>a<br />b</p><hr />"],
    ['<p><a href="https://example.com/x" title="Source">link</a></p>', '<p><a href="https://example.com/x" title="Source">link</a></p>'],
    ['<p><a href="mailto:desk@example.com">mail</a></p>', '<p><a href="mailto:desk@example.com">mail</a></p>'],
    ["<p>Fish &amp; chips &lt;3</p>", "<p>Fish &amp; chips &lt;3</p>"],
  ])("%s", (input, expected) => {
    expect(sanitizeArticleHtml(input)).toBe(expected);
  });

  it("keeps block boundaries of layout elements as bare divs", () => {
    expect(sanitizeArticleHtml('<section class="x"><div style="a">One</div><div>Two</div></section>')).toBe("<div><div>One</div><div>Two</div></div>");
    expect(sanitizeArticleHtml("<table><tr><td>a</td><td>b</td></tr></table>")).toBe("<div><div><div>a</div><div>b</div></div></div>");
  });

  it("keeps the text of unknown inline elements", () => {
    expect(sanitizeArticleHtml("<p><span>a</span> <font>b</font> <sup>1</sup> <mark>c</mark></p>")).toBe("<p>a b 1 c</p>");
  });
});

describe("sanitizeArticleHtml: word processor quirks", () => {
  it("does not make a whole Google Docs paste bold", () => {
    expect(sanitizeArticleHtml('<b style="font-weight:normal;" id="docs-internal-guid-1"><p>Plain</p></b>')).toBe("<p>Plain</p>");
  });

  it("keeps bold and italic written as styled spans", () => {
    expect(sanitizeArticleHtml('<p><span style="font-weight:700">B</span><span style="font-style:italic">I</span></p>')).toBe("<p><strong>B</strong><em>I</em></p>");
  });

  it("closes tags correctly after a renamed sibling (sanitize-html#398)", () => {
    expect(sanitizeArticleHtml('<p><b style="font-weight:400">x</b><strong>y</strong><a href="javascript:1">z</a><a href="https://a.example/">w</a></p>')).toBe(
      '<p>x<strong>y</strong>z<a href="https://a.example/">w</a></p>',
    );
  });
});

describe("sanitizeArticleHtml: dangerous content removed", () => {
  it.each([
    "<script>alert(1)</script>",
    "<style>p{color:red}</style>",
    '<iframe src="https://evil.example">x</iframe>',
    '<object data="x">fallback</object>',
    '<embed src="x">',
    "<svg><script>alert(1)</script><text>t</text></svg>",
    "<math><mi>x</mi></math>",
    "<template><p>hidden</p></template>",
    "<noscript><p>no</p></noscript>",
    "<textarea>typed</textarea>",
    "<select><option>o</option></select>",
    "<button>Subscribe</button>",
  ])("drops %s with its content", (input) => {
    expect(sanitizeArticleHtml(`<p>before</p>${input}<p>after</p>`)).toBe("<p>before</p><p>after</p>");
  });

  it("drops every attribute except a link's href and title", () => {
    expect(sanitizeArticleHtml('<p id="a" class="b" style="c" onclick="d" data-x="e" dir="rtl"><a href="https://x.example/" onmouseover="f" target="_blank" rel="opener" title="t">l</a></p>')).toBe(
      '<p><a href="https://x.example/" title="t">l</a></p>',
    );
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\u0001javascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "jav&#10;ascript:alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "VBSCRIPT:x",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://example.com/",
    "//evil.example/",
    "/relative/path",
    "#anchor",
    "https:",
    "",
  ])("turns a link to %j into plain text", (href) => {
    const html = sanitizeArticleHtml(`<p><a href="${href.replace(/"/g, "&quot;")}">text</a></p>`);
    expect(html).toBe("<p>text</p>");
  });

  it("normalises safe link targets the way browsers read them", () => {
    expect(sanitizeArticleHtml('<a href="  HTTPS://Example.COM/a b">x</a>')).toBe('<a href="https://example.com/a%20b">x</a>');
  });

  it("produces output the safety checker accepts, and the checker catches problems", () => {
    expect(htmlSafetyProblems(sanitizeArticleHtml('<p onclick="x"><img src=x onerror=alert(1)>hi</p>'), ARTICLE_HTML_TAGS)).toEqual([]);
    expect(htmlSafetyProblems('<p onclick="x"><a href="javascript:x">a</a><script></script></p>', ARTICLE_HTML_TAGS)).toEqual([
      "contains <script",
      "event handler onclick on <p>",
      "attribute onclick on <p>",
      'unsafe URL href="javascript:x"',
      "unnormalised href javascript:x",
      "element <script>",
    ]);
  });
});
