"use client";

import { useRef, useState, useTransition } from "react";
import { prepareImportedBodyAction, preparePastedBodyAction } from "@/app/(app)/articles/[id]/edit/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/dto/app-error";
import type { ReplacementBodyDto } from "@/lib/dto/replacement-body-dto";

export const IMPORT_ACCEPT = ".docx,.md,.markdown,.html,.htm,.txt";

type Props = {
  disabled?: boolean;
  /** A replacement body is ready: load it into the editor (it is saved only with the editor's Save). */
  onLoaded(body: ReplacementBodyDto, from: string): void;
};

/** The importer's limit (lib/import/import-file DEFAULT_MAX_FILE_BYTES), checked before uploading. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const FAILED = "The text could not be loaded. Nothing was changed; try again.";

/**
 * Replacing the whole body: paste plain text or HTML, or import a .docx/Markdown/HTML/text file
 * or a web page. The server turns it into a document (sanitised) and it replaces the editor's
 * content, for the editor to check before saving.
 */
export function ReplaceBodyPanel({ disabled, onLoaded }: Props) {
  const [mode, setMode] = useState<"text" | "html">("text");
  const [pasted, setPasted] = useState("");
  const [url, setUrl] = useState("");
  const [error, setError] = useState<{ where: "paste" | "import"; message: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const fileRef = useRef<HTMLInputElement>(null);

  function run(where: "paste" | "import", call: () => Promise<ActionResult<ReplacementBodyDto>>, from: string, after?: () => void) {
    setError(null);
    startTransition(async () => {
      try {
        const result = await call();
        if (!result.ok) return setError({ where, message: result.error.message });
        onLoaded(result.value, from);
        after?.();
      } catch {
        setError({ where, message: FAILED });
      }
    });
  }

  function loadPasted() {
    if (!pasted.trim()) return setError({ where: "paste", message: mode === "html" ? "Paste some HTML first." : "Paste some text first." });
    run(
      "paste",
      () => preparePastedBodyAction(mode === "html" ? { html: pasted } : { text: pasted }),
      mode === "html" ? "pasted HTML" : "pasted text",
      () => setPasted(""),
    );
  }

  function loadImport() {
    const file = fileRef.current?.files?.[0];
    if (!file && !url.trim()) return setError({ where: "import", message: "Choose a file or enter a web address." });
    if (file && file.size > MAX_FILE_BYTES) return setError({ where: "import", message: "This file is too large to import (the limit is 10 MB)." });
    const form = new FormData();
    if (file) form.set("file", file);
    else form.set("url", url.trim());
    run(
      "import",
      () => prepareImportedBodyAction(form),
      file ? file.name : url.trim(),
      () => {
        if (fileRef.current) fileRef.current.value = "";
        setUrl("");
      },
    );
  }

  return (
    <section aria-labelledby="replace-body-heading" className="space-y-3 rounded-lg border border-[var(--color-line)] bg-white p-4">
      <h2 id="replace-body-heading" className="text-base font-semibold">
        Replace the whole text
      </h2>
      <p className="text-xs text-[var(--color-muted)]">
        The new text goes into the editor for you to check; nothing is saved until you save. Every annotation is then re-anchored: ones whose text is gone are kept as orphans.
      </p>
      <details className="rounded-md border border-[var(--color-line)] p-3" open={error?.where === "paste" ? true : undefined}>
        <summary className="cursor-pointer text-sm font-medium">Replace with pasted text / HTML</summary>
        <div className="mt-3 space-y-3">
          <div role="radiogroup" aria-label="Paste as" className="flex gap-4 text-sm">
            {(["text", "html"] as const).map((value) => (
              <label key={value} className="inline-flex items-center gap-1.5">
                <input type="radio" name="replace-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
                {value === "text" ? "Plain text" : "HTML"}
              </label>
            ))}
          </div>
          <TextArea
            label={mode === "html" ? "Replacement HTML" : "Replacement text"}
            rows={8}
            dir="auto"
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            className={mode === "html" ? "font-mono text-xs" : ""}
            hint={mode === "html" ? "Formatting is kept; scripts, styles, event handlers and unsafe links are removed." : "Each line becomes a paragraph."}
          />
          {error?.where === "paste" && <Alert tone="error">{error.message}</Alert>}
          <Button onClick={loadPasted} disabled={disabled || pending}>
            {pending ? "Loading…" : "Load into the editor"}
          </Button>
        </div>
      </details>
      <details className="rounded-md border border-[var(--color-line)] p-3" open={error?.where === "import" ? true : undefined}>
        <summary className="cursor-pointer text-sm font-medium">Replace by import (.docx, .md, .html, URL)</summary>
        <div className="mt-3 space-y-3">
          <div className="space-y-1">
            <label htmlFor="replace-file" className="block text-sm font-medium">
              File
            </label>
            <input id="replace-file" ref={fileRef} type="file" name="file" accept={IMPORT_ACCEPT} className="block w-full text-sm" />
            <p className="text-xs text-[var(--color-muted)]">Word (.docx), Markdown (.md), web page (.html) or plain text (.txt).</p>
          </div>
          <TextField label="…or web address" type="url" inputMode="url" placeholder="https://" value={url} onChange={(event) => setUrl(event.target.value)} />
          {error?.where === "import" && <Alert tone="error">{error.message}</Alert>}
          <Button onClick={loadImport} disabled={disabled || pending}>
            {pending ? "Importing…" : "Import into the editor"}
          </Button>
        </div>
      </details>
    </section>
  );
}
