import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("changePassword"))("title") };
}

/** First sign-in with a one-time password: the user chooses their own before anything else. */
export default async function ChangePasswordPage() {
  const user = await requirePageUser("password.change");
  if (!user.mustChangePassword) redirect("/settings");
  const t = await getTranslations("changePassword");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-[var(--color-line)] bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-[var(--color-muted)]">{t("welcome", { name: user.name })}</p>
        <ChangePasswordForm />
      </div>
    </main>
  );
}
