import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LanguageForm } from "@/components/settings/language-form";
import { ApiTokenManager } from "@/components/settings/api-token-manager";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { MailPreferencesForm } from "@/components/settings/mail-preferences-form";
import { PageHeader } from "@/components/ui/page-header";
import { listApiTokens } from "@/lib/server/auth/api-tokens";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { getMailPreferences } from "@/lib/server/notifications/get-mail-preferences";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const user = await requirePageUser("token.manage");
  const tokens = await listApiTokens(user);
  const t = await getTranslations("settings");
  const mail = await getMailPreferences(user);
  return (
    <div>
      <PageHeader title={t("title")} description={`${user.name} · ${user.email}`} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-2">
        <section aria-labelledby="language-heading" className="rounded-lg border border-[var(--color-line)] bg-white p-5">
          <h2 id="language-heading" className="text-base font-semibold">
            {t("language.heading")}
          </h2>
          <LanguageForm saved={user.locale ?? null} />
        </section>
        <ApiTokenManager
          tokens={tokens.map((token) => ({
            id: token.id,
            name: token.name,
            prefix: token.prefix,
            createdAt: token.createdAt.toISOString(),
            lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
            revoked: token.revokedAt !== null,
          }))}
        />
        <section aria-labelledby="password-heading" className="rounded-lg border border-[var(--color-line)] bg-white p-5">
          <h2 id="password-heading" className="text-base font-semibold">
            {t("password.heading")}
          </h2>
          <ChangePasswordForm />
        </section>
        {mail.ok && <MailPreferencesForm initial={mail.value} />}
      </div>
    </div>
  );
}
