"use client";

import { useRef, useState, useTransition } from "react";
import { importArticleAction } from "@/app/(app)/articles/new/import-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

const ACCEPT = ".docx,.md,.markdown,.html,.htm,.txt";
/** The importer's limit (lib/import/import-file DEFAULT_MAX_FILE_BYTES), checked before uploading. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const FAILED = "The import could not be sent (the connection failed or the file is too large). Nothing was saved; try again.";

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

  function send(where: "file" | "url", form: FormData) {
    setProblem(null);
    setBusy(where);
    startTransition(async () => {
      try {
        // On success the action redirects to the new article; only failures come back.
        const result = await importArticleAction(form);
        if (result && !result.ok) setProblem({ where, message: result.error.message });
      } catch (error) {
        // A redirect is thrown through to the router; anything else failed on the way.
        if (!(error instanceof Error && "digest" in error)) setProblem({ where, message: FAILED });
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
          Import
        </h2>
        <p className="mt-1 text-xs text-[var(--color-muted)]">
          Title, byline and date are taken from the document or page where they can be found; you can change them later. Scripts, styles and unsafe links are removed.
        </p>
      </div>

      <form
        aria-label="Import a file"
        noValidate
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          const file = fileRef.current?.files?.[0];
          if (!file) return setProblem({ where: "file", message: "Choose a file to import." });
          if (file.size > MAX_FILE_BYTES) return setProblem({ where: "file", message: "This file is too large to import (the limit is 10 MB)." });
          const form = new FormData();
          form.set("file", file);
          send("file", form);
        }}
      >
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium">
            File
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
            Word (.docx), Markdown (.md), web page (.html) or plain text (.txt), up to 10 MB.
          </p>
        </div>
        {problem?.where === "file" && <Alert tone="error">{problem.message}</Alert>}
        <Button type="submit" disabled={busy !== null}>
          {busy === "file" ? "Importing…" : "Import file"}
        </Button>
      </form>

      <form
        aria-label="Import a web page"
        noValidate
        className="space-y-3 border-t border-[var(--color-line)] pt-5"
        onSubmit={(event) => {
          event.preventDefault();
          if (!url.trim()) return setProblem({ where: "url", message: "Enter the web address of the article." });
          const form = new FormData();
          form.set("url", url.trim());
          send("url", form);
        }}
      >
        <TextField
          label="Web address"
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          onChange={(event) => {
            setUrl(event.target.value);
            setProblem(null);
          }}
          hint="The page is fetched by the server and reduced to the article (title, byline, date, text)."
        />
        {problem?.where === "url" && <Alert tone="error">{problem.message}</Alert>}
        <Button type="submit" disabled={busy !== null}>
          {busy === "url" ? "Fetching the page…" : "Import page"}
        </Button>
      </form>
    </section>
  );
}
