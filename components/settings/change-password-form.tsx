"use client";

import { useState, useTransition } from "react";
import { changePasswordAction } from "@/app/(app)/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { useTranslations } from "next-intl";

export function ChangePasswordForm() {
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const t = useTranslations("settings.password");
  const errorText = useErrorText();

  return (
    <form
      className="mt-4 space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const input = {
          currentPassword: String(data.get("currentPassword") ?? ""),
          newPassword: String(data.get("newPassword") ?? ""),
          confirmPassword: String(data.get("confirmPassword") ?? ""),
        };
        startTransition(async () => {
          const result = await changePasswordAction(input);
          if (result && !result.ok) {
            setErrors(result.error.fieldErrors ?? {});
            setMessage(result.error.fieldErrors ? null : errorText(result.error));
          }
        });
      }}
    >
      {message && <Alert tone="error">{message}</Alert>}
      <TextField label={t("current")} name="currentPassword" type="password" autoComplete="current-password" error={errors.currentPassword} />
      <TextField label={t("new")} name="newPassword" type="password" autoComplete="new-password" hint={t("hint", { count: 10 })} error={errors.newPassword} />
      <TextField label={t("repeat")} name="confirmPassword" type="password" autoComplete="new-password" error={errors.confirmPassword} />
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
