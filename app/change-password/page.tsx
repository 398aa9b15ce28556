import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { requirePageUser } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Choose your password" };

/** First sign-in with a one-time password: the user chooses their own before anything else. */
export default async function ChangePasswordPage() {
  const user = await requirePageUser("password.change");
  if (!user.mustChangePassword) redirect("/settings");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-[var(--color-line)] bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold">Choose your password</h1>
        <p className="mt-1 text-sm text-[var(--color-muted)]">Welcome, {user.name}. Replace the one-time password you were given with one of your own.</p>
        <ChangePasswordForm />
      </div>
    </main>
  );
}
