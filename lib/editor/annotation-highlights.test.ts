// @vitest-environment jsdom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { createTextModel } from "../anchoring/document-text";
import type { PmNodeJson } from "../anchoring/node-kinds";
import { annotationHighlightsKey, AnnotationHighlights, highlightCommands, highlightRange, idsAt } from "./annotation-highlights";
import { articleExtensions } from "./article-extensions";
import { ReadOnlyDocument } from "./read-only-document";

const doc: PmNodeJson = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Both remain neighbors and brothers." }] },
    { type: "paragraph", content: [{ type: "text", text: "They met in Doha 👍🏽 on Sunday." }] },
  ],
};
const model = createTextModel(doc);
const span = (id: string, kind: string, start: number, end: number) => ({ id, kind, from: model.offsetToPos(start, 1), to: model.offsetToPos(end, -1) });

let editor: Editor | null = null;
function makeEditor(options: { readOnly?: boolean; clicked?: string[][] } = {}) {
  editor = new Editor({
    element: document.createElement("div"),
    extensions: [...articleExtensions, ...(options.readOnly ? [ReadOnlyDocument] : []), AnnotationHighlights.configure({ onHighlightClick: (ids) => options.clicked?.push(ids) })],
    content: doc,
  });
  return editor;
}

afterEach(() => {
  editor?.destroy();
  editor = null;
  delete (globalThis as { CSS?: unknown }).CSS;
  delete (globalThis as { Highlight?: unknown }).Highlight;
});

const textOf = (e: Editor, from: number, to: number) => e.state.doc.textBetween(from, to, "\n");

describe("annotation highlights (plugin state)", () => {
  it("places spans from code-point offsets, including after an emoji", () => {
    const e = makeEditor();
    highlightCommands.set(e.view, [span("q", "quote", 0, 34), span("c", "claim", 53, 55)]);
    const quote = highlightRange(e.state, "q")!;
    expect(textOf(e, quote.from, quote.to)).toBe("Both remain neighbors and brothers");
    const claim = highlightRange(e.state, "c")!;
    expect(textOf(e, claim.from, claim.to)).toBe("👍🏽");
  });

  it("adds and removes one annotation without touching the others", () => {
    const e = makeEditor();
    highlightCommands.set(e.view, [span("a", "quote", 0, 4)]);
    const before = annotationHighlightsKey.getState(e.state)!.spans.get("a");
    highlightCommands.add(e.view, span("b", "claim", 5, 11));
    expect([...annotationHighlightsKey.getState(e.state)!.spans.keys()]).toEqual(["a", "b"]);
    expect(annotationHighlightsKey.getState(e.state)!.spans.get("a")).toBe(before);
    highlightCommands.remove(e.view, "a");
    expect([...annotationHighlightsKey.getState(e.state)!.spans.keys()]).toEqual(["b"]);
  });

  it("maps spans through edits instead of rebuilding them", () => {
    const e = makeEditor();
    highlightCommands.set(e.view, [span("q", "quote", 5, 11)]);
    e.commands.insertContentAt(1, "Indeed, ");
    const moved = highlightRange(e.state, "q")!;
    expect(textOf(e, moved.from, moved.to)).toBe("remain");
    // Deleting the span's text drops it.
    e.commands.deleteRange({ from: moved.from, to: moved.to });
    expect(highlightRange(e.state, "q")).toBeNull();
  });

  it("reports the annotations under a position, innermost first", () => {
    const e = makeEditor();
    highlightCommands.set(e.view, [span("outer", "quote", 0, 34), span("inner", "claim", 12, 21), span("other", "allegation", 36, 40)]);
    const inside = model.offsetToPos(15);
    expect(idsAt(e.state, inside)).toEqual(["inner", "outer"]);
    expect(idsAt(e.state, model.offsetToPos(2))).toEqual(["outer"]);
    expect(idsAt(e.state, model.offsetToPos(35))).toEqual([]);
  });

  it("keeps focus and forgets it when the focused annotation goes", () => {
    const e = makeEditor();
    highlightCommands.set(e.view, [span("a", "quote", 0, 4)]);
    highlightCommands.focus(e.view, "a", true);
    expect(annotationHighlightsKey.getState(e.state)).toMatchObject({ focused: "a", flash: 1 });
    highlightCommands.remove(e.view, "a");
    expect(annotationHighlightsKey.getState(e.state)!.focused).toBeNull();
  });
});

describe("annotation highlights (painting)", () => {
  it("falls back to inline decorations without the CSS Custom Highlight API", () => {
    const e = makeEditor();
    highlightCommands.set(e.view, [span("q", "quote", 0, 4), span("c", "claim", 5, 11)]);
    const painted = [...e.view.dom.querySelectorAll(".fd-hl")].map((el) => [el.className, el.textContent]);
    expect(painted).toEqual([
      ["fd-hl fd-hl-quote", "Both"],
      ["fd-hl fd-hl-claim", "remain"],
    ]);
  });

  it("paints with CSS.highlights when available, leaving the text's DOM alone", () => {
    class FakeHighlight extends Set<AbstractRange> {
      priority = 0;
    }
    (globalThis as { CSS?: unknown }).CSS = { highlights: new Map() };
    (globalThis as { Highlight?: unknown }).Highlight = FakeHighlight;
    const e = makeEditor({ readOnly: true });
    document.body.append(e.view.dom);
    const htmlBefore = e.view.dom.innerHTML;
    highlightCommands.set(e.view, [span("q", "quote", 0, 34), span("c", "claim", 12, 21)]);
    highlightCommands.focus(e.view, "c");
    const highlights = (globalThis as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS.highlights;
    const texts = (name: string) =>
      [...(highlights.get(name) ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    expect(texts("fd-quote")).toEqual(["Both remain neighbors and brothers"]);
    expect(texts("fd-claim")).toEqual(["neighbors"]);
    expect(texts("fd-active")).toEqual(["neighbors"]);
    expect(e.view.dom.innerHTML).toBe(htmlBefore);
    highlightCommands.remove(e.view, "q");
    expect(texts("fd-quote")).toEqual([]);
    expect(e.view.dom.getAttribute("data-painted-highlights")).toBe("1");
  });
});

describe("read-only document", () => {
  it("refuses every change to the text but lets the selection move", () => {
    const e = makeEditor({ readOnly: true });
    const before = e.getText();
    e.commands.insertContentAt(1, "typed");
    e.commands.setTextSelection({ from: 1, to: 5 });
    expect(e.getText()).toBe(before);
    expect(e.state.selection.from).toBe(1);
    expect(e.state.selection.to).toBe(5);
  });
});
