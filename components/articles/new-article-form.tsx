"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";
import { createArticleAction } from "@/app/(app)/articles/new/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/ui/field";
import { createArticleSchema, type CreateArticleInput } from "@/lib/validations/article";
import { zodFieldErrors } from "@/lib/validations/zod-errors";

/** How the body is given. Import (.docx, Markdown/HTML file, URL) is ImportArticlePanel beside this form; a third source would be added here. */
type BodySource = "text" | "html";

const BODY_SOURCES: readonly BodySource[] = ["text", "html"];

/** The form's values; the body is one string whatever its source. */
type ArticleDraft = { title: string; outlet: string; byline: string; url: string; publishedOn: string; body: string };

const EMPTY_DRAFT: ArticleDraft = { title: "", outlet: "", byline: "", url: "", publishedOn: "", body: "" };

function toInput(draft: ArticleDraft, source: BodySource) {
  const { body, ...metadata } = draft;
  return source === "html" ? { ...metadata, html: body } : { ...metadata, text: body };
}

/** Client-side check with the schema the server uses, plus "the body must not be blank". */
function validate(draft: ArticleDraft, source: BodySource, blankBody: string): Record<string, string> {
  const parsed = createArticleSchema.safeParse(toInput(draft, source));
  const errors = formErrors(parsed.success ? {} : zodFieldErrors(parsed.error));
  if (!errors.body && draft.body.trim() === "") errors.body = blankBody;
  return errors;
}

/** Server errors name the body `text` or `html`; the form has one body field. */
function formErrors(fieldErrors: Record<string, string>): Record<string, string> {
  const { text, html, ...rest } = fieldErrors;
  const body = text ?? html;
  return body ? { ...rest, body } : rest;
}

/** Pasting a new article: its details and its body as plain text or HTML. */
export function NewArticleForm() {
  const [draft, setDraft] = useState<ArticleDraft>(EMPTY_DRAFT);
  const [source, setSource] = useState<BodySource>("text");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const t = useTranslations("articles.new");
  const errorText = useErrorText();

  // After a failed attempt, move focus to the first field in error (keyboard and screen-reader users).
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const set = (field: keyof ArticleDraft) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [field]: event.target.value }));

  function submit() {
    const problems = validate(draft, source, t("blankBody"));
    setErrors(problems);
    setMessage(null);
    if (Object.keys(problems).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const input: CreateArticleInput = toInput(draft, source) as CreateArticleInput;
    startTransition(async () => {
      try {
        // On success the action redirects to the new article; only failures come back.
        const result = await createArticleAction(input);
        if (result && !result.ok) {
          setErrors(formErrors(result.error.fieldErrors ?? {}));
          setMessage(result.error.fieldErrors ? null : errorText(result.error));
          setAttempt((n) => n + 1);
        }
      } catch (error) {
        // Next's redirect travels as an error with a digest: let the router have it.
        if (error instanceof Error && "digest" in error) throw error;
        setMessage(t("sendFailed"));
      }
    });
  }

  return (
    <form
      ref={formRef}
      noValidate
      aria-labelledby="new-article-heading"
      className="space-y-6 rounded-lg border border-[var(--color-line)] bg-white p-5"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="new-article-heading" className="sr-only">
        {t("formHeading")}
      </h2>
      {message && <Alert tone="error">{message}</Alert>}
      <fieldset className="space-y-3">
        <legend className="mb-2 text-base font-semibold">{t("details")}</legend>
        <TextField label={t("fields.title")} name="title" required dir="auto" value={draft.title} onChange={set("title")} error={errors.title} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label={t("fields.outlet")} name="outlet" dir="auto" value={draft.outlet} onChange={set("outlet")} error={errors.outlet} />
          <TextField label={t("fields.byline")} name="byline" dir="auto" value={draft.byline} onChange={set("byline")} error={errors.byline} />
        </div>
        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]">
          <TextField label={t("fields.url")} name="url" dir="ltr" type="url" inputMode="url" placeholder="https://" value={draft.url} onChange={set("url")} error={errors.url} />
          <TextField label={t("fields.publishedOn")} name="publishedOn" type="date" value={draft.publishedOn} onChange={set("publishedOn")} error={errors.publishedOn} />
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="mb-2 text-base font-semibold">{t("body")}</legend>
        <BodySourceSwitch value={source} onChange={setSource} />
        <TextArea
          label={t(`source.${source}.field`)}
          name={source}
          required
          rows={16}
          dir="auto"
          spellCheck={source === "text"}
          className={source === "html" ? "font-mono text-xs" : ""}
          value={draft.body}
          onChange={set("body")}
          hint={t(`source.${source}.hint`)}
          error={errors.body}
        />
      </fieldset>

      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t("adding") : t("submit")}
        </Button>
        {pending && (
          <span className="text-sm text-[var(--color-muted)]" role="status">
            {t("saving")}
          </span>
        )}
      </div>
    </form>
  );
}

/**
 * A two-way (later three-way) segmented switch built on native radios (arrow keys move between
 * options); each invisible radio covers its label, so a click lands on the radio itself.
 */
function BodySourceSwitch({ value, onChange }: { value: BodySource; onChange: (source: BodySource) => void }) {
  const t = useTranslations("articles.new");
  return (
    <div role="radiogroup" aria-label={t("pasteAs")} className="inline-flex flex-wrap rounded-md border border-[var(--color-line)] bg-gray-50 p-0.5">
      {BODY_SOURCES.map((option) => (
        <label
          key={option}
          className="relative cursor-pointer rounded px-3 py-1.5 text-sm font-medium text-[var(--color-ink)] has-[:checked]:bg-gray-900 has-[:checked]:text-white has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--color-accent)]"
        >
          <input
            type="radio"
            name="bodySource"
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
            className="absolute inset-0 m-0 h-full w-full cursor-pointer appearance-none rounded opacity-0"
          />
          {t(`source.${option}.label`)}
        </label>
      ))}
    </div>
  );
}
