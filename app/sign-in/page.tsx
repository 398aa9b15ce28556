import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { safeCallbackPath } from "@/lib/validations/callback-path";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getCurrentUser()) redirect(safeCallbackPath(callbackUrl));
  const t = await getTranslations("signIn");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-[var(--color-line)] bg-white p-8 shadow-sm">
        <p className="text-xs font-semibold uppercase tracking-widest text-[var(--color-muted)]">Factdesk</p>
        <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-[var(--color-muted)]">{t("tagline")}</p>
        <SignInForm callbackUrl={safeCallbackPath(callbackUrl)} />
      </div>
    </main>
  );
}
