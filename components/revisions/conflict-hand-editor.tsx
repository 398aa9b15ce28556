"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import type { PmNodeJson } from "@/lib/anchoring/node-kinds";
import { articleExtensions } from "@/lib/editor/article-extensions";

/** A small article editor for writing one conflicting passage by hand; reports its blocks on every change. */
export function ConflictHandEditor({ initial, label, onChange }: { initial: PmNodeJson[]; label: string; onChange: (blocks: PmNodeJson[]) => void }) {
  const editor = useEditor({
    immediatelyRender: false,
    extensions: articleExtensions,
    content: { type: "doc", content: initial.length > 0 ? initial : [{ type: "paragraph" }] },
    editorProps: { attributes: { "aria-label": label, "aria-multiline": "true", role: "textbox", "data-testid": "conflict-hand-editor" } },
    // ProseMirror builds attrs without a prototype; keep plain JSON.
    onUpdate: ({ editor: current }) => onChange(JSON.parse(JSON.stringify(current.getJSON().content ?? [])) as PmNodeJson[]),
  });
  return (
    <div className="fd-article fd-editing rounded-md border border-[var(--color-line)] bg-white p-3">
      <EditorContent editor={editor} />
    </div>
  );
}
