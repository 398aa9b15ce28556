"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/sign-in/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useTranslations } from "next-intl";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const t = useTranslations("signIn");
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField label={t("email")} name="email" type="email" dir="ltr" autoComplete="username" required defaultValue={state.email} autoFocus />
      <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" variant="primary" className="w-full" disabled={pending}>
        {pending ? t("signingIn") : t("title")}
      </Button>
    </form>
  );
}
