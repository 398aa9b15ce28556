import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import type { TextModel } from "../anchoring/document-text";
import { applyCaretCommand, CARET_KEYS } from "./caret-commands";

export const keyboardCaretKey = new PluginKey("factdeskKeyboardCaret");

export type KeyboardCaretOptions = {
  /** The text model of the document shown (code points ↔ positions); null while there is none. */
  getModel: () => TextModel | null;
};

/**
 * Selecting without dragging: the caret commands of {@link CARET_KEYS} (select the sentence at
 * the caret, the previous one, extend or shrink by a word, move by word or sentence) applied to
 * the editor's selection. Keys with Ctrl, Alt or Meta are left to the browser.
 */
export const KeyboardCaret = Extension.create<KeyboardCaretOptions>({
  name: "keyboardCaret",
  addOptions() {
    return { getModel: () => null };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        key: keyboardCaretKey,
        props: {
          handleKeyDown(view, event) {
            if (event.ctrlKey || event.metaKey || event.altKey) return false;
            const command = CARET_KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
            const model = options.getModel();
            if (!command || !model) return false;
            const { from, to, empty } = view.state.selection;
            const start = model.posToOffset(from, 1);
            const current = empty ? { start, end: start } : { start, end: Math.max(start, model.posToOffset(to, -1)) };
            const next = applyCaretCommand(model.index, current, command);
            const anchor = model.offsetToPos(next.start, 1);
            const head = next.end === next.start ? anchor : model.offsetToPos(next.end, -1);
            view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)).scrollIntoView());
            return true;
          },
        },
      }),
    ];
  },
});
