"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/server/auth/next-auth";
import { safeCallbackPath } from "@/lib/validations/callback-path";
import { getTranslations } from "next-intl/server";

export type SignInState = { error?: string; email?: string };

/** Signs in with e-mail and password; failures come back as a message for the form, in the visitor's language. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  const redirectTo = safeCallbackPath(String(formData.get("callbackUrl") ?? ""));
  const t = await getTranslations("signIn.errors");
  if (!email.trim() || !password) return { error: t("missing"), email };
  try {
    await signIn("credentials", { email, password, redirectTo });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes Next's redirect on success
    const code = "code" in error && typeof error.code === "string" ? error.code : "invalid";
    const throttled = /^throttled-(\d+)$/.exec(code);
    if (throttled) {
      return { error: t("throttled", { minutes: Number(throttled[1]) }), email };
    }
    return { error: code === "deactivated" ? t("deactivated") : t("invalid"), email };
  }
}
