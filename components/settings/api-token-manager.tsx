"use client";

import { DateTime } from "@/components/ui/date-time";
import { useState, useTransition } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(app)/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { useLocale, useTranslations } from "next-intl";

type TokenRow = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revoked: boolean };

/** Personal API tokens: create one (shown once, with a copy button), list the working ones, revoke one after asking. */
export function ApiTokenManager({ tokens }: { tokens: TokenRow[] }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [newToken, setNewToken] = useState<string | null>(null);
  const t = useTranslations("settings.tokens");
  const errorText = useErrorText();
  const locale = useLocale();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const [revoking, setRevoking] = useState<TokenRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A revoked token works no more: it is not listed (the audit trail keeps its story).
  const working = tokens.filter((token) => !token.revoked);

  function copy(token: string) {
    navigator.clipboard.writeText(token).then(
      () => setCopied("yes"),
      () => setCopied("failed"),
    );
  }

  function revoke(token: TokenRow) {
    startTransition(async () => {
      const result = await revokeApiTokenAction({ id: token.id });
      setRevoking(null);
      setError(result.ok ? null : errorText(result.error));
      setNotice(result.ok ? t("revokedNotice", { name: token.name }) : null);
    });
  }

  return (
    <section aria-labelledby="tokens-heading" className="rounded-lg border border-[var(--color-line)] bg-white p-5">
      <h2 id="tokens-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-[var(--color-muted)]">{t.rich("intro", { placeholder: "<token>", code: (chunks) => <code dir="ltr">{chunks}</code> })}</p>
      <form
        className="mt-4 flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const name = String(new FormData(form).get("name") ?? "");
          startTransition(async () => {
            const result = await createApiTokenAction({ name });
            if (!result.ok) {
              setError(errorText(result.error));
              return;
            }
            setError(null);
            setNotice(null);
            setCopied(null);
            setNewToken(result.value.token);
            form.reset();
          });
        }}
      >
        <div className="min-w-0 flex-1 basis-48">
          <TextField label={t("name")} name="name" placeholder={t("namePlaceholder")} dir="auto" />
        </div>
        <Button type="submit" variant="primary" disabled={pending}>
          {t("create")}
        </Button>
      </form>
      <div className="mt-3 space-y-3">
        {error && <Alert tone="error">{error}</Alert>}
        {notice && <Alert tone="success">{notice}</Alert>}
        {newToken && (
          <Alert tone="success" title={t("copyNow")}>
            <p>{t("shownOnce")}</p>
            <code data-testid="new-api-token" dir="ltr" className="mt-2 block select-all break-all rounded bg-white px-2 py-1 font-mono text-xs">
              {newToken}
            </code>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <Button size="sm" onClick={() => copy(newToken)}>
                {t("copy")}
              </Button>
              <span role="status" className="text-xs">
                {copied === "yes" && t("copied")}
                {copied === "failed" && t("copyFailed")}
              </span>
            </div>
          </Alert>
        )}
      </div>
      <ul className="mt-4 divide-y divide-[var(--color-line)] text-sm">
        {working.length === 0 && <li className="py-2 text-[var(--color-muted)]">{t("none")}</li>}
        {working.map((token) => (
          <li key={token.id} className="flex items-center justify-between gap-2 py-2">
            <div>
              <p className="font-medium">
                <span dir="auto">{token.name}</span> <code className="text-xs text-[var(--color-muted)]">{token.prefix}…</code>
              </p>
              <p className="text-xs text-[var(--color-muted)]">
                {t.rich("created", { date: () => <DateTime value={token.createdAt} locale={locale} /> })} ·{" "}
                {token.lastUsedAt ? t.rich("lastUsed", { date: () => <DateTime value={token.lastUsedAt ?? ""} locale={locale} /> }) : t("neverUsed")}
              </p>
            </div>
            <Button size="sm" variant="danger" disabled={pending} onClick={() => setRevoking(token)}>
              {t("revoke")}
              <span className="sr-only"> {token.name}</span>
            </Button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        title={revoking ? t("confirmTitle", { name: revoking.name }) : ""}
        confirmLabel={t("revoke")}
        pending={pending}
        onConfirm={() => revoking && revoke(revoking)}
        onCancel={() => setRevoking(null)}
      >
        <p>{t("confirmBody")}</p>
      </ConfirmDialog>
    </section>
  );
}
