import type { JSONContent } from "@tiptap/core";
import { parseHtmlDocument } from "../html-dom";
import { safeLinkHref } from "../link-policy";

/** One DOMPurify vector from fixtures/xss/dompurify-expect.json. */
export type XssVector = { title?: string; payload: string; expected: string | string[] };

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

/**
 * Problems found in rendered HTML: elements outside `allowedTags`, attributes outside
 * `allowedAttributes`, event handlers, and links that are not safe absolute http(s)/mailto URLs.
 * Empty when the HTML is safe.
 */
export function htmlSafetyProblems(html: string, allowedTags: readonly string[], allowedAttributes: readonly string[] = ["href", "title"]): string[] {
  const problems: string[] = [];
  if (/<\s*script/i.test(html)) problems.push("contains <script");
  const body = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`).body;
  for (const element of Array.from(body.querySelectorAll("*"))) {
    const tag = element.tagName.toLowerCase();
    if (!allowedTags.includes(tag)) problems.push(`element <${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`event handler ${name} on <${tag}>`);
      if (!allowedAttributes.includes(name)) problems.push(`attribute ${name} on <${tag}>`);
      if (["href", "src", "xlink:href", "action", "formaction"].includes(name) && !SAFE_URL.test(attribute.value)) {
        problems.push(`unsafe URL ${name}="${attribute.value}"`);
      }
      if (name === "href" && safeLinkHref(attribute.value) !== attribute.value) problems.push(`unnormalised href ${attribute.value}`);
    }
  }
  return problems;
}

function isSafeAbsoluteUrl(href: unknown): boolean {
  if (typeof href !== "string" || !SAFE_URL.test(href)) return false;
  try {
    return ["http:", "https:", "mailto:"].includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** Problems found in a document's JSON: links whose href is not a safe absolute http(s)/mailto URL. */
export function documentSafetyProblems(node: JSONContent): string[] {
  const problems: string[] = [];
  for (const mark of node.marks ?? []) {
    const href = mark.attrs?.href;
    if (mark.type === "link" && !isSafeAbsoluteUrl(href)) problems.push(`link href ${String(href)}`);
    for (const key of Object.keys(mark.attrs ?? {})) if (key.toLowerCase().startsWith("on")) problems.push(`mark attr ${key}`);
  }
  for (const key of Object.keys(node.attrs ?? {})) if (key.toLowerCase().startsWith("on")) problems.push(`node attr ${key}`);
  for (const child of node.content ?? []) problems.push(...documentSafetyProblems(child));
  return problems;
}

/** Tags that the article schema renders. */
export const RENDERED_TAGS = ["p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "strong", "em", "u", "s", "br", "hr"];

/** Collects the plain text of a document, one line per textblock (stand-in for lib/anchoring's documentToText in tests). */
export function testDocumentText(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const parts = (node.content ?? []).map(testDocumentText);
  return node.type === "paragraph" || node.type === "heading" ? parts.join("") : parts.filter((p) => p !== "").join("\n");
}
