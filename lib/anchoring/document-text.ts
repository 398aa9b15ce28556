/**
 * The plain-text model of a ProseMirror/Tiptap document, and the exact two-way mapping between
 * document positions and text offsets (Unicode code points).
 *
 * Separator rules (identical to ProseMirror's `doc.textBetween(0, size, "\n", leafText)` with a
 * leaf text of "\n" for `hardBreak` and "" for other leaves):
 * - the text of each textblock (paragraph, heading, code block) is its inline content;
 * - consecutive textblocks are separated by exactly one "\n", however deeply they are nested
 *   (lists, blockquotes) and even when empty — an empty paragraph between two others gives "\n\n";
 * - a hard break is "\n";
 * - leaf blocks (horizontal rule) add nothing: the blocks around them are still separated by one "\n",
 *   so a rule between two paragraphs never gives a double newline;
 * - nothing is added before the first or after the last textblock.
 */
import { createCodePointIndex, type CodePointIndex } from "./code-points";
import { InvalidDocumentError, STARTER_KIT_NODE_KINDS, nodeRole, type NodeKinds, type PmNodeJson } from "./node-kinds";
import { buildSegmentTable, type SegmentBuilder, type SegmentTable } from "./text-segments";

/** Text model of one document: its plain text and the position ↔ offset mapping. */
export type TextModel = {
  /** The plain text (see the separator rules above). */
  readonly text: string;
  /** Code-point index of `text`, for reuse by the anchoring functions. */
  readonly index: CodePointIndex;
  /** Length of `text` in code points. */
  readonly length: number;
  /** `doc.content.size`: the largest valid document position. */
  readonly docSize: number;
  /**
   * Text offset (code points, 0…length) → document position inside a textblock. When several
   * positions stand for the same offset (around an inline leaf that has no text), `assoc` < 0 picks
   * the leftmost and `assoc` ≥ 0 (default) the rightmost. Throws a RangeError outside 0…length.
   */
  offsetToPos(offset: number, assoc?: number): number;
  /**
   * Document position (0…docSize) → text offset. A position between blocks (or inside an inline
   * leaf's span of text) maps to the offset before the separator when `assoc` < 0 and after it when
   * `assoc` ≥ 0 (default); positions before the first textblock give 0, after the last give length.
   * A position between the halves of a surrogate pair rounds down. Throws a RangeError outside 0…docSize.
   */
  posToOffset(pos: number, assoc?: number): number;
};

/** Options of the text model. */
export type TextModelOptions = { nodeKinds?: NodeKinds };

const MAX_DEPTH = 500;

type Walker = { kinds: NodeKinds; out: SegmentBuilder; sawTextblock: boolean; lastTextblockEnd: number };

function walkInline(nodes: PmNodeJson[], pos: number, w: Walker, depth: number): number {
  if (depth > MAX_DEPTH) throw new InvalidDocumentError("Document nested too deeply");
  let p = pos;
  for (const node of nodes) {
    const role = nodeRole(node, true, w.kinds);
    if (role === "text") {
      w.out.add(node.text as string, p, p + (node.text as string).length);
      p += (node.text as string).length;
    } else if (role === "inlineLeaf") {
      w.out.add(w.kinds.inlineLeaves.get(node.type) ?? "", p, p + 1);
      p += 1;
    } else {
      w.out.add("", p, p + 1);
      p = walkInline(node.content ?? [], p + 1, w, depth + 1);
      w.out.add("", p, p + 1);
      p += 1;
    }
  }
  return p;
}

function walkBlocks(nodes: PmNodeJson[], pos: number, w: Walker, depth: number): number {
  if (depth > MAX_DEPTH) throw new InvalidDocumentError("Document nested too deeply");
  let p = pos;
  for (const node of nodes) {
    const role = nodeRole(node, false, w.kinds);
    if (role === "leafBlock") {
      p += 1;
      continue;
    }
    if (role === "container") {
      p = walkBlocks(node.content ?? [], p + 1, w, depth + 1) + 1;
      continue;
    }
    const contentStart = p + 1;
    if (w.sawTextblock) w.out.add("\n", w.lastTextblockEnd, contentStart);
    else w.out.start(contentStart);
    w.sawTextblock = true;
    const contentEnd = walkInline(node.content ?? [], contentStart, w, depth + 1);
    w.lastTextblockEnd = contentEnd;
    p = contentEnd + 1;
  }
  return p;
}

function walkDocument(doc: PmNodeJson, kinds: NodeKinds): { table: SegmentTable; docSize: number } {
  if (typeof doc !== "object" || doc === null || !Array.isArray(doc.content ?? [])) {
    throw new InvalidDocumentError("Expected a ProseMirror document JSON object");
  }
  return buildSegmentTable((out) => {
    const w: Walker = { kinds, out, sawTextblock: false, lastTextblockEnd: 0 };
    return walkBlocks(doc.content ?? [], 0, w, 0);
  });
}

/**
 * Builds the text model of a ProseMirror JSON document in O(n); each mapping then costs O(log n).
 * @throws InvalidDocumentError for malformed JSON (missing types, empty text nodes, text among blocks).
 */
export function createTextModel(doc: PmNodeJson, options: TextModelOptions = {}): TextModel {
  const { table, docSize } = walkDocument(doc, options.nodeKinds ?? STARTER_KIT_NODE_KINDS);
  const index = createCodePointIndex(table.text);
  const offsetToPos = (offset: number, assoc = 1): number => {
    if (!Number.isInteger(offset) || offset < 0 || offset > index.length) {
      throw new RangeError(`Text offset ${offset} is outside 0…${index.length}`);
    }
    return table.unitToPos(index.toUtf16(offset), assoc);
  };
  const posToOffset = (pos: number, assoc = 1): number => {
    if (!Number.isInteger(pos) || pos < 0 || pos > docSize) {
      throw new RangeError(`Document position ${pos} is outside 0…${docSize}`);
    }
    return index.toCodePoint(table.posToUnit(pos, assoc));
  };
  return { text: table.text, index, length: index.length, docSize, offsetToPos, posToOffset };
}

/** The plain text of a ProseMirror JSON document (see the separator rules at the top of this file). */
export function documentToText(doc: PmNodeJson, options: TextModelOptions = {}): string {
  return walkDocument(doc, options.nodeKinds ?? STARTER_KIT_NODE_KINDS).table.text;
}
