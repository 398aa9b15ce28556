import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/**
 * The audit export for admins: every change of state on the desk, as CSV (`GET /api/audit`), for
 * a range of days or all of it. A plain GET form: the browser downloads the file.
 */
export function AuditExportForm() {
  return (
    <section aria-labelledby="audit-export-title" className="space-y-3 rounded-lg border border-[var(--color-line)] bg-white p-4">
      <h2 id="audit-export-title" className="font-semibold">
        Audit trail
      </h2>
      <p className="text-sm text-[var(--color-muted)]">Every change on the desk — who did what, when — oldest first. Leave the dates empty for all of it.</p>
      <form method="get" action="/api/audit" className="space-y-3">
        <input type="hidden" name="format" value="csv" />
        <TextField label="From (UTC)" name="from" type="date" />
        <TextField label="Before (UTC)" name="to" type="date" />
        <Button type="submit">Download the audit trail (CSV)</Button>
      </form>
    </section>
  );
}
