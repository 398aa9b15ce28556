"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/server/auth/next-auth";
import { safeCallbackPath } from "@/lib/validations/callback-path";

export type SignInState = { error?: string; email?: string };

const MESSAGES: Record<string, string> = {
  invalid: "That e-mail and password don't match an account. Check them and try again.",
  deactivated: "This account has been deactivated. Ask an admin if you need access again.",
};

/** Signs in with e-mail and password; failures come back as a message for the form. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  const redirectTo = safeCallbackPath(String(formData.get("callbackUrl") ?? ""));
  if (!email.trim() || !password) return { error: "Enter your e-mail and password.", email };
  try {
    await signIn("credentials", { email, password, redirectTo });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes Next's redirect on success
    const code = "code" in error && typeof error.code === "string" ? error.code : "invalid";
    const throttled = /^throttled-(\d+)$/.exec(code);
    if (throttled) {
      return { error: `Too many failed sign-in attempts. For your security, wait ${throttled[1]} minute(s) and try again.`, email };
    }
    return { error: MESSAGES[code] ?? MESSAGES.invalid, email };
  }
}
