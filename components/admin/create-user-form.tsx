"use client";

import { useState, useTransition } from "react";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ROLES, type Role } from "@/lib/domain/roles";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";

export function CreateUserForm() {
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const t = useTranslations("admin.create");
  const roles = useTranslations("roles");
  const errorText = useErrorText();
  const roleOptions = ROLES.map((role) => ({ value: role, label: roles(role) }));

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const input = { email: String(data.get("email") ?? ""), name: String(data.get("name") ?? ""), role: String(data.get("role") ?? "editor") as Role };
    startTransition(async () => {
      const result = await createUserAction(input);
      if (!result.ok) {
        setErrors(result.error.fieldErrors ?? {});
        setMessage(result.error.fieldErrors ? null : errorText(result.error));
        return;
      }
      setErrors({});
      setMessage(null);
      setCreated({ email: result.value.user.email, password: result.value.oneTimePassword });
      form.reset();
    });
  }

  return (
    <section aria-labelledby="create-user-heading" className="rounded-lg border border-[var(--color-line)] bg-white p-5">
      <h2 id="create-user-heading" className="text-base font-semibold">
        {t("title")}
      </h2>
      <form
        className="mt-4 space-y-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit(event.currentTarget);
        }}
      >
        {message && <Alert tone="error">{message}</Alert>}
        <TextField label={t("name")} dir="auto" name="name" required error={errors.name} />
        <TextField label={t("email")} dir="ltr" name="email" type="email" required error={errors.email} />
        <SelectField label={t("role")} name="role" options={roleOptions} defaultValue="editor" error={errors.role} />
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t("creating") : t("submit")}
        </Button>
      </form>
      {created && (
        <div className="mt-4">
          <Alert tone="success" title={t("created")}>
            <p>{t.rich("give", { email: created.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
            <p className="mt-2">
              <code data-testid="one-time-password" dir="ltr" className="select-all rounded bg-white px-2 py-1 font-mono text-base">
                {created.password}
              </code>
            </p>
          </Alert>
        </div>
      )}
    </section>
  );
}
