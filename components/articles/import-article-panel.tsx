"use client";

import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";
import { importArticleAction } from "@/app/(app)/articles/new/import-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

const ACCEPT = ".docx,.md,.markdown,.html,.htm,.txt";
/** The importer's limit (lib/import/import-file DEFAULT_MAX_FILE_BYTES), checked before uploading. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

type Problem = { where: "file" | "url"; message: string };

/**
 * Importing an article instead of pasting it: a Word (.docx), Markdown, HTML or text file, or a
 * web page the server fetches and reduces to the article. On success the new article opens; a
 * failed import says what went wrong and saves nothing.
 */
export function ImportArticlePanel() {
  const [url, setUrl] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<"file" | "url" | null>(null);
  const [, startTransition] = useTransition();
  const fileRef = useRef<HTMLInputElement>(null);
  const t = useTranslations("articles.import");
  const errorText = useErrorText();

  function send(where: "file" | "url", form: FormData) {
    setProblem(null);
    setBusy(where);
    startTransition(async () => {
      try {
        // On success the action redirects to the new article; only failures come back.
        const result = await importArticleAction(form);
        if (result && !result.ok) setProblem({ where, message: errorText(result.error) });
      } catch (error) {
        // A redirect is thrown through to the router; anything else failed on the way.
        if (!(error instanceof Error && "digest" in error)) setProblem({ where, message: t("failed") });
        else throw error;
      } finally {
        setBusy(null);
      }
    });
  }

  return (
    <section aria-labelledby="import-article-heading" data-testid="import-article-panel" className="space-y-5 rounded-lg border border-[var(--color-line)] bg-white p-5">
      <div>
        <h2 id="import-article-heading" className="text-base font-semibold">
          {t("title")}
        </h2>
        <p className="mt-1 text-xs text-[var(--color-muted)]">{t("intro")}</p>
      </div>

      <form
        aria-label={t("fileForm")}
        noValidate
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          const file = fileRef.current?.files?.[0];
          if (!file) return setProblem({ where: "file", message: t("chooseFile") });
          if (file.size > MAX_FILE_BYTES) return setProblem({ where: "file", message: t("tooLarge") });
          const form = new FormData();
          form.set("file", file);
          send("file", form);
        }}
      >
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium">
            {t("file")}
          </label>
          <input
            id="import-file"
            ref={fileRef}
            type="file"
            name="file"
            accept={ACCEPT}
            aria-describedby="import-file-hint"
            aria-invalid={problem?.where === "file"}
            onChange={() => setProblem(null)}
            className="block w-full text-sm file:me-3 file:rounded-md file:border file:border-[var(--color-line)] file:bg-white file:px-3 file:py-1.5 file:text-sm"
          />
          <p id="import-file-hint" className="text-xs text-[var(--color-muted)]">
            {t("fileHint")}
          </p>
        </div>
        {problem?.where === "file" && <Alert tone="error">{problem.message}</Alert>}
        <Button type="submit" disabled={busy !== null}>
          {busy === "file" ? t("importing") : t("importFile")}
        </Button>
      </form>

      <form
        aria-label={t("urlForm")}
        noValidate
        className="space-y-3 border-t border-[var(--color-line)] pt-5"
        onSubmit={(event) => {
          event.preventDefault();
          if (!url.trim()) return setProblem({ where: "url", message: t("enterUrl") });
          const form = new FormData();
          form.set("url", url.trim());
          send("url", form);
        }}
      >
        <TextField
          label={t("url")}
          dir="ltr"
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          onChange={(event) => {
            setUrl(event.target.value);
            setProblem(null);
          }}
          hint={t("urlHint")}
        />
        {problem?.where === "url" && <Alert tone="error">{problem.message}</Alert>}
        <Button type="submit" disabled={busy !== null}>
          {busy === "url" ? t("fetching") : t("importPage")}
        </Button>
      </form>
    </section>
  );
}
