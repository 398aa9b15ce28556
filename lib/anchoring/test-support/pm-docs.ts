/**
 * Test support: real ProseMirror documents of Tiptap's StarterKit schema, hand-written and random,
 * to check the text model against ProseMirror itself. Test-only; not exported from the module.
 */
import { getSchema } from "@tiptap/core";
import { Node as PmNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import type { PmNodeJson } from "../node-kinds";

/** The StarterKit schema, as the editor builds it. */
export const starterKitSchema = getSchema([StarterKit]);

/** A JSON document turned into a checked ProseMirror node of the StarterKit schema. */
export function pmDoc(json: PmNodeJson): PmNode {
  const doc = PmNode.fromJSON(starterKitSchema, json);
  doc.check();
  return doc;
}

/** ProseMirror's own plain text, with the same leaf rule as the text model (hard break = "\n"). */
export function pmText(doc: PmNode, from = 0, to = doc.content.size): string {
  return doc.textBetween(from, to, "\n", (leaf) => (leaf.type.name === "hardBreak" ? "\n" : ""));
}

const text = (t: string, marks?: string[]): PmNodeJson => ({ type: "text", text: t, ...(marks ? { marks: marks.map((type) => ({ type })) } : {}) });
const p = (...content: PmNodeJson[]): PmNodeJson => ({ type: "paragraph", ...(content.length ? { content } : {}) });
const li = (...content: PmNodeJson[]): PmNodeJson => ({ type: "listItem", content });
const br: PmNodeJson = { type: "hardBreak" };
const hr: PmNodeJson = { type: "horizontalRule" };

/** Hand-written documents covering each structure the text model must get right. */
export const SAMPLE_DOCS: Record<string, PmNodeJson> = {
  "plain paragraphs": { type: "doc", content: [p(text("One two.")), p(text("Three four."))] },
  "only an empty paragraph": { type: "doc", content: [p()] },
  "empty paragraphs first, between and last": {
    type: "doc",
    content: [p(), p(text("a")), p(), p(), p(text("b")), p()],
  },
  "heading, blockquote and code block": {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [text("Title")] },
      { type: "blockquote", content: [p(text("Quoted ")), p(text("twice", ["italic"]))] },
      { type: "codeBlock", content: [text("line 1\nline 2")] },
      p(text("after")),
    ],
  },
  "nested lists": {
    type: "doc",
    content: [
      {
        type: "bulletList",
        content: [li(p(text("first")), { type: "orderedList", content: [li(p(text("inner a"))), li(p(text("inner b")), p(text("second para")))] }), li(p(text("second")))],
      },
      p(text("tail")),
    ],
  },
  "hard breaks everywhere": {
    type: "doc",
    content: [p(br, text("start"), br, br, text("mid"), br), p(br), p(text("x"))],
  },
  "horizontal rules": { type: "doc", content: [hr, p(text("a")), hr, hr, p(text("b")), hr] },
  "marks split text nodes": {
    type: "doc",
    content: [p(text("plain "), text("bold", ["bold"]), text(" and "), text("link", ["link"]), text("!", ["bold", "italic"]))],
  },
  "emoji, Urdu and combining marks": {
    type: "doc",
    content: [p(text("Emoji 😀 and 👍🏽 flags 🇵🇰.")), p(text("اردو: پاکستان زندہ باد", ["bold"]), br, text("پښتو ژبه")), p(text("Cafe\u0301 re\u0301sume\u0301 "), text("𝔘𝔫𝔦", ["italic"]))],
  },
  "list inside blockquote inside list": {
    type: "doc",
    content: [
      {
        type: "orderedList",
        content: [li(p(text("a")), { type: "blockquote", content: [{ type: "bulletList", content: [li(p(text("deep 😀")))] }, hr] }), li(p())],
      },
    ],
  },
};

/** A random valid StarterKit document (deterministic for a given `random`). */
export function randomDoc(random: () => number): PmNodeJson {
  const words = ["a", "bc", "😀", "اردو", "e\u0301", " ", "word ", "𝔘", "\t"];
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const inline = (allowBreaks: boolean): PmNodeJson[] => {
    const out: PmNodeJson[] = [];
    const n = Math.floor(random() * 5);
    for (let i = 0; i < n; i++) {
      if (allowBreaks && random() < 0.2) out.push(br);
      else out.push(text(pick(words) + pick(words), random() < 0.5 ? [pick(["bold", "italic", "code"])] : undefined));
    }
    return out;
  };
  const block = (depth: number): PmNodeJson => {
    const r = random();
    if (depth > 3 || r < 0.35) return { type: "paragraph", content: inline(true) };
    if (r < 0.45) return { type: "heading", attrs: { level: 1 + Math.floor(random() * 3) }, content: inline(true) };
    if (r < 0.5) return { type: "codeBlock", content: [text("x\ny")] };
    if (r < 0.58) return hr;
    if (r < 0.75) return { type: "blockquote", content: blocks(depth + 1) };
    const items = 1 + Math.floor(random() * 3);
    return {
      type: random() < 0.5 ? "bulletList" : "orderedList",
      content: Array.from({ length: items }, () => ({
        type: "listItem",
        content: [{ type: "paragraph", content: inline(true) }, ...(random() < 0.4 ? blocks(depth + 1) : [])],
      })),
    };
  };
  const blocks = (depth: number): PmNodeJson[] => Array.from({ length: 1 + Math.floor(random() * 3) }, () => block(depth));
  const strip = (node: PmNodeJson): PmNodeJson => {
    const content = node.content?.map(strip).filter((child) => child.type !== "text" || child.text);
    return content && content.length > 0 ? { ...node, content } : { ...node, content: undefined };
  };
  return strip({ type: "doc", content: blocks(0) });
}
