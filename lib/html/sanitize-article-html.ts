import sanitizeHtml from "sanitize-html";
import { ALLOWED_LINK_PROTOCOLS, safeLinkHref } from "./link-policy";

/** Tags that may appear in sanitised article HTML (`div` only marks block boundaries, see below). */
export const ARTICLE_HTML_TAGS = ["p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "strong", "b", "em", "i", "u", "s", "br", "hr", "div"] as const;

/** Elements dropped together with everything inside them. */
export const DROPPED_WITH_CONTENT = [
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "svg",
  "math",
  "template",
  "noscript",
  "noembed",
  "noframes",
  "xmp",
  "plaintext",
  "title",
  "head",
  "textarea",
  "select",
  "option",
  "datalist",
  "button",
  "canvas",
  "video",
  "audio",
  "map",
  "dialog",
] as const;

/**
 * Layout elements whose content is article text. They become bare `div`s so the boundaries between
 * blocks survive (otherwise two table cells or two `<div>` paragraphs would run together).
 */
const BLOCK_CONTAINERS = [
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "nav",
  "figure",
  "figcaption",
  "address",
  "center",
  "details",
  "summary",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "caption",
  "dl",
  "dt",
  "dd",
  "pre",
  "fieldset",
  "form",
  "hgroup",
  "search",
  "legend",
  "label",
];

type Tag = sanitizeHtml.Tag;
type Attributes = sanitizeHtml.Attributes;

const bare = (tagName: string) => (): Tag => ({ tagName, attribs: {} });

const FONT_WEIGHT_NORMAL = /font-weight\s*:\s*(normal|[1-4]00)\b/i;
const FONT_WEIGHT_BOLD = /font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i;
const FONT_STYLE_ITALIC = /font-style\s*:\s*italic\b/i;

/** Google Docs wraps a whole paste in `<b style="font-weight:normal">`: that is not bold text. */
function transformBold(_tag: string, attribs: Attributes): Tag {
  if (FONT_WEIGHT_NORMAL.test(attribs.style ?? "")) return { tagName: "span", attribs: {} };
  return { tagName: "strong", attribs: {} };
}

/** Word processors mark emphasis with styled spans; keep the emphasis, drop the styling. */
function transformSpan(_tag: string, attribs: Attributes): Tag {
  const style = attribs.style ?? "";
  if (FONT_WEIGHT_BOLD.test(style)) return { tagName: "strong", attribs: {} };
  if (FONT_STYLE_ITALIC.test(style)) return { tagName: "em", attribs: {} };
  return { tagName: "span", attribs: {} };
}

/** Links keep only a safe absolute href (and a title); anything else becomes plain text. */
function transformLink(_tag: string, attribs: Attributes): Tag {
  const href = safeLinkHref(attribs.href);
  if (!href) return { tagName: "span", attribs: {} };
  const title = attribs.title?.trim();
  return { tagName: "a", attribs: title ? { href, title } : { href } };
}

const SAFE_BASE: sanitizeHtml.IOptions = {
  allowedTags: [...ARTICLE_HTML_TAGS],
  allowedAttributes: { a: ["href", "title"] },
  allowedSchemes: ALLOWED_LINK_PROTOCOLS.map((protocol) => protocol.slice(0, -1)),
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  allowedClasses: {},
  allowedStyles: {},
  allowVulnerableTags: false,
  disallowedTagsMode: "discard",
  nonTextTags: [...DROPPED_WITH_CONTENT],
};

/**
 * First pass: renames and cleans. `span` is allowed here only because sanitize-html closes a tag
 * renamed to a disallowed name with the wrong end tag when an unrenamed sibling follows
 * (apostrophecms/sanitize-html#398: `<b style=…>x</b><strong>y</strong>` → `<strong>y</span>`).
 */
const RENAME_PASS: sanitizeHtml.IOptions = {
  ...SAFE_BASE,
  allowedTags: [...ARTICLE_HTML_TAGS, "span"],
  transformTags: {
    ...Object.fromEntries(BLOCK_CONTAINERS.map((tag) => [tag, bare("div")])),
    h5: bare("h4"),
    h6: bare("h4"),
    b: transformBold,
    strong: bare("strong"),
    i: bare("em"),
    em: bare("em"),
    strike: bare("s"),
    del: bare("s"),
    span: transformSpan,
    a: transformLink,
  },
};

/** Second pass, without renames (so without that bug): drops the bare spans and re-checks everything. */
const FINAL_PASS: sanitizeHtml.IOptions = SAFE_BASE;

/**
 * Cleans HTML from outside (paste, .docx, Markdown, a fetched page) down to the article
 * allowlist: paragraphs, headings, lists, blockquotes, links (http/https/mailto), emphasis,
 * line breaks and rules. No attributes survive except a link's href and title; scripts, styles,
 * frames, embedded SVG/MathML, templates and form controls are removed with their content.
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(sanitizeHtml(html, RENAME_PASS), FINAL_PASS);
}
