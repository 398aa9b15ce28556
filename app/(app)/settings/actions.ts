"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/server/actions/action-client";
import { createApiToken, revokeApiToken } from "@/lib/server/auth/api-tokens";
import { signIn } from "@/lib/server/auth/next-auth";
import { updateMailPreferences } from "@/lib/server/notifications/update-mail-preferences";
import { changeOwnLanguage } from "@/lib/server/users/change-own-language";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { mailPreferencesSchema } from "@/lib/validations/notification";
import { languageSchema, newPasswordSchema } from "@/lib/validations/user";

export const createApiTokenAction = authedAction({ action: "token.manage", schema: z.object({ name: z.string() }) }, async ({ name }, actor) => {
  const result = await createApiToken(actor, name);
  if (result.ok) revalidatePath("/settings");
  return result.ok ? { ok: true, value: { token: result.value.token } } : result;
});

export const revokeApiTokenAction = authedAction({ action: "token.manage", schema: z.object({ id: z.string().min(1) }) }, async ({ id }, actor) => {
  const result = await revokeApiToken(actor, id);
  if (result.ok) revalidatePath("/settings");
  return result;
});

/** Changes the password, then signs in again (the change ends every older session). */
export const changePasswordAction = authedAction({ action: "password.change", schema: newPasswordSchema }, async (input, actor) => {
  const result = await changeOwnPassword(actor, input);
  if (!result.ok) return result;
  await signIn("credentials", { email: actor.email, password: input.newPassword, redirectTo: "/my-work" });
  return result;
});

/** Saves the interface language (null: follow the browser); the next render uses it. */
export const setLanguageAction = authedAction({ action: "preferences.change", schema: languageSchema }, async ({ locale }, actor) => {
  const result = await changeOwnLanguage(actor, locale);
  if (result.ok) revalidatePath("/", "layout");
  return result;
});

/** Saves one's e-mail choice per notification kind. */
export const updateMailPreferencesAction = authedAction({ action: "notification.preferences", schema: mailPreferencesSchema }, async (input, actor) => updateMailPreferences(actor, input));
