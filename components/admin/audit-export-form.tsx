import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useTranslations } from "next-intl";

/**
 * The audit export for admins: every change of state on the desk, as CSV (`GET /api/audit`), for
 * a range of days or all of it. A plain GET form: the browser downloads the file.
 */
export function AuditExportForm() {
  const t = useTranslations("admin.audit");
  return (
    <section aria-labelledby="audit-export-title" className="space-y-3 rounded-lg border border-[var(--color-line)] bg-white p-4">
      <h2 id="audit-export-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-[var(--color-muted)]">{t("intro")}</p>
      <form method="get" action="/api/audit" className="space-y-3">
        <input type="hidden" name="format" value="csv" />
        <TextField label={t("from")} name="from" type="date" />
        <TextField label={t("to")} name="to" type="date" />
        <Button type="submit">{t("download")}</Button>
      </form>
    </section>
  );
}
