import { AppLink } from "@/components/ui/app-link";
import { addDays } from "@/lib/dashboard/day-range";
import { useTranslations } from "next-intl";
import { FieldErrorText } from "@/components/ui/field-error-text";

const QUICK_RANGES = [7, 30, 90, 365];

/**
 * The dashboard's range: two days and a Show button (a plain GET form, so the range is in the
 * address and works without JavaScript), and links for the usual ranges ending today.
 */
export function DashboardRangeForm({ from, to, today, timeZone, fieldErrors }: { from: string; to: string; today: string; timeZone: string; fieldErrors: Record<string, string> }) {
  const t = useTranslations("dashboard.rangeForm");
  return (
    <div className="mb-6 flex flex-wrap items-end gap-4">
      <form method="get" action="/dashboard" className="flex flex-wrap items-end gap-3" aria-label={t("label")}>
        <DayInput name="from" label={t("from")} value={from} error={fieldErrors.from} />
        <DayInput name="to" label={t("to")} value={to} error={fieldErrors.to} />
        <button type="submit" className="rounded-md border border-transparent bg-[var(--color-accent)] px-3.5 py-2 text-sm font-medium text-white hover:bg-blue-800">
          {t("show")}
        </button>
      </form>
      <nav aria-label={t("usual")} className="flex flex-wrap gap-2 text-sm">
        {QUICK_RANGES.map((days) => (
          <AppLink key={days} href={`/dashboard?from=${addDays(today, -(days - 1))}&to=${today}`} className="rounded-md border border-[var(--color-line)] px-2.5 py-1 no-underline hover:bg-gray-50">
            {t("last", { days })}
          </AppLink>
        ))}
      </nav>
      <p className="w-full text-xs text-[var(--color-muted)]">{t("hint", { timeZone })}</p>
    </div>
  );
}

function DayInput({ name, label, value, error }: { name: string; label: string; value: string; error?: string }) {
  const id = `dashboard-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        key={value}
        id={id}
        name={name}
        type="date"
        defaultValue={value}
        required
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block rounded-md border border-[var(--color-line)] bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-rose-500"
      />
      {error && (
        <p id={`${id}-error`} className="max-w-xs text-xs font-medium text-rose-700" role="alert">
          <FieldErrorText message={error} />
        </p>
      )}
    </div>
  );
}
