"use client";

import { useState, useTransition } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(app)/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

type TokenRow = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revoked: boolean };

export function ApiTokenManager({ tokens }: { tokens: TokenRow[] }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [newToken, setNewToken] = useState<string | null>(null);

  return (
    <section aria-labelledby="tokens-heading" className="rounded-lg border border-[var(--color-line)] bg-white p-5">
      <h2 id="tokens-heading" className="text-base font-semibold">
        Personal API tokens
      </h2>
      <p className="mt-1 text-sm text-[var(--color-muted)]">
        For newsroom integrations: send <code>Authorization: Bearer &lt;token&gt;</code>. A token acts as you, with your role.
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
              setError(result.error.message);
              return;
            }
            setError(null);
            setNewToken(result.value.token);
            form.reset();
          });
        }}
      >
        <div className="flex-1">
          <TextField label="Token name" name="name" placeholder="e.g. CMS integration" />
        </div>
        <Button type="submit" variant="primary" disabled={pending}>
          Create token
        </Button>
      </form>
      <div className="mt-3 space-y-3">
        {error && <Alert tone="error">{error}</Alert>}
        {newToken && (
          <Alert tone="success" title="Copy your token now">
            <p>It is shown only once.</p>
            <code data-testid="new-api-token" className="mt-2 block select-all break-all rounded bg-white px-2 py-1 font-mono text-xs">
              {newToken}
            </code>
          </Alert>
        )}
      </div>
      <ul className="mt-4 divide-y divide-[var(--color-line)] text-sm">
        {tokens.length === 0 && <li className="py-2 text-[var(--color-muted)]">No tokens yet.</li>}
        {tokens.map((token) => (
          <li key={token.id} className="flex items-center justify-between gap-2 py-2">
            <div>
              <p className="font-medium">
                {token.name} <code className="text-xs text-[var(--color-muted)]">{token.prefix}…</code>
              </p>
              <p className="text-xs text-[var(--color-muted)]">
                Created {new Date(token.createdAt).toLocaleDateString()} · {token.lastUsedAt ? `last used ${new Date(token.lastUsedAt).toLocaleString()}` : "never used"}
              </p>
            </div>
            {token.revoked ? (
              <Badge className="text-[var(--color-muted)]">Revoked</Badge>
            ) : (
              <Button
                size="sm"
                variant="danger"
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    const result = await revokeApiTokenAction({ id: token.id });
                    setError(result.ok ? null : result.error.message);
                  })
                }
              >
                Revoke<span className="sr-only"> {token.name}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
