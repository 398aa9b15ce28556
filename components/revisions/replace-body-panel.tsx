"use client";

import { useRef, useState, useTransition } from "react";
import { prepareImportedBodyAction, preparePastedBodyAction } from "@/app/(app)/articles/[id]/edit/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/dto/app-error";
import type { ReplacementBodyDto } from "@/lib/dto/replacement-body-dto";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";

export const IMPORT_ACCEPT = ".docx,.md,.markdown,.html,.htm,.txt";

type Props = {
  disabled?: boolean;
  /** A replacement body is ready: load it into the editor (it is saved only with the editor's Save). */
  onLoaded(body: ReplacementBodyDto, from: string): void;
};

/** The importer's limit (lib/import/import-file DEFAULT_MAX_FILE_BYTES), checked before uploading. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

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
  const t = useTranslations("revisions.replace");
  const errorText = useErrorText();
  const fileRef = useRef<HTMLInputElement>(null);

  function run(where: "paste" | "import", call: () => Promise<ActionResult<ReplacementBodyDto>>, from: string, after?: () => void) {
    setError(null);
    startTransition(async () => {
      try {
        const result = await call();
        if (!result.ok) return setError({ where, message: errorText(result.error) });
        onLoaded(result.value, from);
        after?.();
      } catch {
        setError({ where, message: t("failed") });
      }
    });
  }

  function loadPasted() {
    if (!pasted.trim()) return setError({ where: "paste", message: mode === "html" ? t("pasteHtmlFirst") : t("pasteTextFirst") });
    run(
      "paste",
      () => preparePastedBodyAction(mode === "html" ? { html: pasted } : { text: pasted }),
      mode === "html" ? t("fromHtml") : t("fromText"),
      () => setPasted(""),
    );
  }

  function loadImport() {
    const file = fileRef.current?.files?.[0];
    if (!file && !url.trim()) return setError({ where: "import", message: t("chooseFileOrUrl") });
    if (file && file.size > MAX_FILE_BYTES) return setError({ where: "import", message: t("tooLarge") });
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
        {t("title")}
      </h2>
      <p className="text-xs text-[var(--color-muted)]">{t("intro")}</p>
      <details className="rounded-md border border-[var(--color-line)] p-3" open={error?.where === "paste" ? true : undefined}>
        <summary className="cursor-pointer text-sm font-medium">{t("pasteSummary")}</summary>
        <div className="mt-3 space-y-3">
          <div role="radiogroup" aria-label={t("pasteAs")} className="flex gap-4 text-sm">
            {(["text", "html"] as const).map((value) => (
              <label key={value} className="inline-flex items-center gap-1.5">
                <input type="radio" name="replace-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
                {value === "text" ? t("plainText") : "HTML"}
              </label>
            ))}
          </div>
          <TextArea
            label={mode === "html" ? t("replacementHtml") : t("replacementText")}
            rows={8}
            dir="auto"
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            className={mode === "html" ? "font-mono text-xs" : ""}
            hint={mode === "html" ? t("htmlHint") : t("textHint")}
          />
          {error?.where === "paste" && <Alert tone="error">{error.message}</Alert>}
          <Button onClick={loadPasted} disabled={disabled || pending}>
            {pending ? t("loading") : t("load")}
          </Button>
        </div>
      </details>
      <details className="rounded-md border border-[var(--color-line)] p-3" open={error?.where === "import" ? true : undefined}>
        <summary className="cursor-pointer text-sm font-medium">{t("importSummary")}</summary>
        <div className="mt-3 space-y-3">
          <div className="space-y-1">
            <label htmlFor="replace-file" className="block text-sm font-medium">
              {t("file")}
            </label>
            <input id="replace-file" ref={fileRef} type="file" name="file" accept={IMPORT_ACCEPT} className="block w-full text-sm" />
            <p className="text-xs text-[var(--color-muted)]">{t("fileHint")}</p>
          </div>
          <TextField label={t("orUrl")} dir="ltr" type="url" inputMode="url" placeholder="https://" value={url} onChange={(event) => setUrl(event.target.value)} />
          {error?.where === "import" && <Alert tone="error">{error.message}</Alert>}
          <Button onClick={loadImport} disabled={disabled || pending}>
            {pending ? t("importing") : t("import")}
          </Button>
        </div>
      </details>
    </section>
  );
}
