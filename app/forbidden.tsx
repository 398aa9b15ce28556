import { AppLink } from "@/components/ui/app-link";
import { useTranslations } from "next-intl";

export default function Forbidden() {
  const t = useTranslations("forbidden");
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-[var(--color-muted)]">{t("body")}</p>
      <p className="mt-6">
        <AppLink href="/articles" className="underline">
          {t("back")}
        </AppLink>
      </p>
    </main>
  );
}
