import { useTranslations } from "next-intl";
/** How each figure is counted (the same definitions as the API documentation). */
export function DashboardHelp() {
  const t = useTranslations("dashboard.help");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <details className="mt-8 rounded-lg border border-[var(--color-line)] bg-white p-4 text-sm">
      <summary className="cursor-pointer font-medium">{t("title")}</summary>
      <ul className="mt-3 list-disc space-y-2 ps-5">
        {(["flows", "time", "open", "verdicts", "throughput"] as const).map((item) => (
          <li key={item}>{t.rich(item, { strong })}</li>
        ))}
      </ul>
    </details>
  );
}
