"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useState, type ReactNode } from "react";
import { safeLinkHref } from "@/lib/html/link-policy";
import { useTranslations } from "next-intl";

type ToolState = {
  bold: boolean;
  italic: boolean;
  h2: boolean;
  h3: boolean;
  bulletList: boolean;
  blockquote: boolean;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
};

function ToolButton({ label, shortcut, active, disabled, onClick, children }: { label: string; shortcut?: string; active?: boolean; disabled?: boolean; onClick(): void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={active === undefined ? undefined : active}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      // Keep the editor's selection: the click must not move focus away first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className={`min-h-8 min-w-8 rounded px-2 py-1 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-40 ${active ? "bg-gray-900 text-white" : "hover:bg-gray-100"}`}
    >
      {children}
    </button>
  );
}

/** The article editor's formatting toolbar: bold, italic, H2, H3, bullet list, quote, link, undo/redo. */
export function EditorToolbar({ editor }: { editor: Editor | null }) {
  const [linking, setLinking] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const t = useTranslations("revisions.toolbar");
  const state = useEditorState({
    editor,
    selector: ({ editor: e }): ToolState | null =>
      e
        ? {
            bold: e.isActive("bold"),
            italic: e.isActive("italic"),
            h2: e.isActive("heading", { level: 2 }),
            h3: e.isActive("heading", { level: 3 }),
            bulletList: e.isActive("bulletList"),
            blockquote: e.isActive("blockquote"),
            link: e.isActive("link"),
            canUndo: e.can().undo(),
            canRedo: e.can().redo(),
          }
        : null,
  });
  if (!editor || !state) return <div className="h-10" aria-hidden />;
  const chain = () => editor.chain().focus();

  function applyLink() {
    const value = (linking ?? "").trim();
    if (!value) {
      chain().extendMarkRange("link").unsetLink().run();
      setLinking(null);
      return;
    }
    const href = safeLinkHref(value);
    if (!href) {
      setLinkError(t("badLink"));
      return;
    }
    chain().extendMarkRange("link").setLink({ href }).run();
    setLinking(null);
    setLinkError(null);
  }

  return (
    <div className="sticky top-0 z-10 mb-2 rounded-md border border-[var(--color-line)] bg-white p-1 shadow-sm">
      <div role="toolbar" aria-label={t("label")} className="flex flex-wrap items-center gap-0.5">
        <ToolButton label={t("bold")} shortcut="Ctrl+B" active={state.bold} onClick={() => chain().toggleBold().run()}>
          <strong>B</strong>
        </ToolButton>
        <ToolButton label={t("italic")} shortcut="Ctrl+I" active={state.italic} onClick={() => chain().toggleItalic().run()}>
          <em>I</em>
        </ToolButton>
        <span aria-hidden className="mx-1 h-5 w-px bg-[var(--color-line)]" />
        <ToolButton label={t("h2")} active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          H2
        </ToolButton>
        <ToolButton label={t("h3")} active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          H3
        </ToolButton>
        <ToolButton label={t("bulletList")} active={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
          • {t("list")}
        </ToolButton>
        <ToolButton label={t("quote")} active={state.blockquote} onClick={() => chain().toggleBlockquote().run()}>
          “ ”
        </ToolButton>
        <ToolButton
          label={t("link")}
          active={state.link}
          onClick={() => {
            setLinkError(null);
            setLinking(linking === null ? ((editor.getAttributes("link").href as string | undefined) ?? "") : null);
          }}
        >
          {t("link")}
        </ToolButton>
        <span aria-hidden className="mx-1 h-5 w-px bg-[var(--color-line)]" />
        <ToolButton label={t("undo")} shortcut="Ctrl+Z" disabled={!state.canUndo} onClick={() => chain().undo().run()}>
          ↶ {t("undo")}
        </ToolButton>
        <ToolButton label={t("redo")} shortcut="Ctrl+Shift+Z" disabled={!state.canRedo} onClick={() => chain().redo().run()}>
          ↷ {t("redo")}
        </ToolButton>
      </div>
      {linking !== null && (
        <form
          className="mt-1 flex flex-wrap items-center gap-2 border-t border-[var(--color-line)] px-1 pt-1"
          onSubmit={(event) => {
            event.preventDefault();
            applyLink();
          }}
        >
          <label className="text-sm" htmlFor="editor-link-href">
            {t("linkAddress")}
          </label>
          <input
            id="editor-link-href"
            autoFocus
            type="url"
            inputMode="url"
            placeholder="https://"
            value={linking}
            onChange={(event) => setLinking(event.target.value)}
            aria-invalid={Boolean(linkError)}
            aria-describedby={linkError ? "editor-link-error" : undefined}
            className="min-w-64 flex-1 rounded border border-[var(--color-line)] px-2 py-1 text-sm"
          />
          <button type="submit" className="rounded border border-[var(--color-line)] px-2 py-1 text-sm hover:bg-gray-50">
            {linking.trim() ? t("apply") : t("removeLink")}
          </button>
          <button type="button" className="rounded px-2 py-1 text-sm hover:bg-gray-100" onClick={() => setLinking(null)}>
            {t("cancel")}
          </button>
          {linkError && (
            <p id="editor-link-error" role="alert" className="w-full text-xs font-medium text-rose-700">
              {linkError}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
