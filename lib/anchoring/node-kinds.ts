/** A ProseMirror/Tiptap document node in its JSON form (`node.toJSON()`, `editor.getJSON()`). */
export type PmNodeJson = {
  type: string;
  text?: string;
  content?: PmNodeJson[];
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};

/**
 * How the plain-text model treats each node type. Node types that are not listed are inferred:
 * a node with inline children (text or a listed inline leaf) is a textblock, a node with other
 * children is a container, and a node without children is a leaf (a leaf block among blocks, an
 * empty inline leaf among inline content). List custom empty textblocks in `textblocks`.
 */
export type NodeKinds = {
  /** Block nodes holding inline content; consecutive textblocks are separated by "\n". */
  textblocks: ReadonlySet<string>;
  /** Block leaves (no content, size 1): they add a block boundary but no text. */
  leafBlocks: ReadonlySet<string>;
  /** Inline leaves (size 1) and the text each stands for in the plain text. */
  inlineLeaves: ReadonlyMap<string, string>;
};

/** Node kinds of Tiptap's StarterKit schema (plus `image`, a common block leaf). */
export const STARTER_KIT_NODE_KINDS: NodeKinds = {
  textblocks: new Set(["paragraph", "heading", "codeBlock"]),
  leafBlocks: new Set(["horizontalRule", "image"]),
  inlineLeaves: new Map([["hardBreak", "\n"]]),
};

/** What a node is, as far as the text model is concerned. */
export type NodeRole = "text" | "textblock" | "container" | "leafBlock" | "inlineLeaf" | "inlineContainer";

/** Thrown for JSON that is not a ProseMirror document the text model can read. */
export class InvalidDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidDocumentError";
  }
}

function hasInlineChild(node: PmNodeJson, kinds: NodeKinds): boolean {
  return (node.content ?? []).some((child) => child.type === "text" || kinds.inlineLeaves.has(child.type));
}

/** Role of `node` found among block content (`inline` false) or inline content (`inline` true). */
export function nodeRole(node: PmNodeJson, inline: boolean, kinds: NodeKinds): NodeRole {
  if (typeof node !== "object" || node === null || typeof node.type !== "string") {
    throw new InvalidDocumentError("Every node needs a string `type`");
  }
  if (node.type === "text") {
    if (typeof node.text !== "string" || node.text.length === 0) {
      throw new InvalidDocumentError("A text node needs a non-empty `text`");
    }
    if (!inline) throw new InvalidDocumentError("A text node can only appear inside a textblock");
    return "text";
  }
  const hasContent = Array.isArray(node.content) && node.content.length > 0;
  if (inline) {
    if (kinds.inlineLeaves.has(node.type) || !hasContent) return "inlineLeaf";
    return "inlineContainer";
  }
  if (kinds.textblocks.has(node.type)) return "textblock";
  if (kinds.leafBlocks.has(node.type)) return "leafBlock";
  if (!hasContent) return "leafBlock";
  return hasInlineChild(node, kinds) ? "textblock" : "container";
}
