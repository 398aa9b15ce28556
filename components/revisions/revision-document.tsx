"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { articleExtensions } from "@/lib/editor/article-extensions";
import { useTranslations } from "next-intl";

/** A revision's document rendered read-only with the article schema (no HTML is injected). */
export function RevisionDocument({ doc }: { doc: object }) {
  const t = useTranslations("revisions");
  const editor = useEditor({
    immediatelyRender: false,
    editable: false,
    extensions: articleExtensions,
    content: doc,
    editorProps: { attributes: { "aria-label": t("label"), "aria-readonly": "true", "data-testid": "revision-text" } },
  });
  return (
    <div className="fd-article">
      <EditorContent editor={editor} />
    </div>
  );
}
