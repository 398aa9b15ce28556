import type { PmNodeJson } from "../../anchoring/node-kinds";

/** Builders of small article documents for the merge tests. */
export const text = (value: string, marks?: PmNodeJson["marks"]): PmNodeJson => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
export const bold = (value: string) => text(value, [{ type: "bold" }]);
export const link = (value: string, href: string) => text(value, [{ type: "link", attrs: { href, title: null } }]);
export const hardBreak = (): PmNodeJson => ({ type: "hardBreak" });

/** A paragraph of plain text, or of the inline nodes given. */
export function p(...content: (string | PmNodeJson)[]): PmNodeJson {
  const nodes = content.filter((c) => c !== "").map((c) => (typeof c === "string" ? text(c) : c));
  return nodes.length > 0 ? { type: "paragraph", content: nodes } : { type: "paragraph" };
}
export const h = (level: number, value: string): PmNodeJson => ({ type: "heading", attrs: { level }, content: [text(value)] });
export const li = (value: string): PmNodeJson => ({ type: "listItem", content: [p(value)] });
export const ul = (...items: string[]): PmNodeJson => ({ type: "bulletList", content: items.map(li) });
export const quote = (...paragraphs: string[]): PmNodeJson => ({ type: "blockquote", content: paragraphs.map((x) => p(x)) });
export const doc = (...blocks: PmNodeJson[]): PmNodeJson => (blocks.length > 0 ? { type: "doc", content: blocks } : { type: "doc" });
/** A document of plain paragraphs. */
export const paragraphs = (...values: string[]): PmNodeJson => doc(...values.map((v) => p(v)));
