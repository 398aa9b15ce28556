import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

export const readOnlyDocumentKey = new PluginKey("factdeskReadOnlyDocument");

/**
 * Makes the article read-only while keeping a real caret, so readers can select with the mouse
 * or the keyboard (shift+arrows) — a non-editable ProseMirror has no caret to extend. Every
 * transaction that would change the document is dropped; typing, paste and drop do nothing.
 */
export const ReadOnlyDocument = Extension.create<{ enabled: boolean }>({
  name: "readOnlyDocument",
  addOptions() {
    return { enabled: true };
  },
  addProseMirrorPlugins() {
    const enabled = () => this.options.enabled;
    return [
      new Plugin({
        key: readOnlyDocumentKey,
        filterTransaction: (tr) => !enabled() || !tr.docChanged,
        props: {
          handleTextInput: () => enabled(),
          handlePaste: () => enabled(),
          handleDrop: () => enabled(),
        },
      }),
    ];
  },
});
