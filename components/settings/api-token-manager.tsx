"use client";

import { useState, useTransition } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(app)/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { useFormatter, useTranslations } from "next-intl";

type TokenRow = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revoked: boolean };

export function ApiTokenManager({ tokens }: { tokens: TokenRow[] }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [newToken, setNewToken] = useState<string | null>(null);
  const t = useTranslations("settings.tokens");
  const format = useFormatter();
  const errorText = useErrorText();

  return (
    <section aria-labelledby="tokens-heading" className="rounded-lg border border-[var(--color-line)] bg-white p-5">
      <h2 id="tokens-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-[var(--color-muted)]">
        {t.rich("intro", { placeholder: "<token>", code: (chunks) => <code dir="ltr">{chunks}</code> })}
      </p>
      <form
        className="mt-4 flex items-end gap-2"
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
            setNewToken(result.value.token);
            form.reset();
          });
        }}
      >
        <div className="flex-1">
          <TextField label={t("name")} name="name" placeholder={t("namePlaceholder")} dir="auto" />
        </div>
        <Button type="submit" variant="primary" disabled={pending}>
          {t("create")}
        </Button>
      </form>
      <div className="mt-3 space-y-3">
        {error && <Alert tone="error">{error}</Alert>}
        {newToken && (
          <Alert tone="success" title={t("copyNow")}>
            <p>{t("shownOnce")}</p>
            <code data-testid="new-api-token" dir="ltr" className="mt-2 block select-all break-all rounded bg-white px-2 py-1 font-mono text-xs">
              {newToken}
            </code>
          </Alert>
        )}
      </div>
      <ul className="mt-4 divide-y divide-[var(--color-line)] text-sm">
        {tokens.length === 0 && <li className="py-2 text-[var(--color-muted)]">{t("none")}</li>}
        {tokens.map((token) => (
          <li key={token.id} className="flex items-center justify-between gap-2 py-2">
            <div>
              <p className="font-medium">
                <span dir="auto">{token.name}</span> <code className="text-xs text-[var(--color-muted)]">{token.prefix}…</code>
              </p>
              <p className="text-xs text-[var(--color-muted)]">
                {t("created", { date: format.dateTime(new Date(token.createdAt), { dateStyle: "medium" }) })} ·{" "}
                {token.lastUsedAt ? t("lastUsed", { date: format.dateTime(new Date(token.lastUsedAt), { dateStyle: "medium", timeStyle: "short" }) }) : t("neverUsed")}
              </p>
            </div>
            {token.revoked ? (
              <Badge className="text-[var(--color-muted)]">{t("revoked")}</Badge>
            ) : (
              <Button
                size="sm"
                variant="danger"
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    const result = await revokeApiTokenAction({ id: token.id });
                    setError(result.ok ? null : errorText(result.error));
                  })
                }
              >
                {t("revoke")}
                <span className="sr-only"> {token.name}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
