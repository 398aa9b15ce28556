import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DailyActivityChart, TimeToDecisionChart } from "@/components/dashboard/activity-charts";
import { DashboardHelp } from "@/components/dashboard/dashboard-help";
import { DashboardRangeForm } from "@/components/dashboard/dashboard-range-form";
import { DashboardTotals } from "@/components/dashboard/dashboard-totals";
import { OpenByAgeChart, ThroughputChart, VerdictChart } from "@/components/dashboard/desk-charts";
import { Alert } from "@/components/ui/alert";
import { FieldErrorText } from "@/components/ui/field-error-text";
import { PageHeader } from "@/components/ui/page-header";
import { addDays } from "@/lib/dashboard/day-range";
import { longDayLabel } from "@/lib/dashboard/format-figures";
import { getAppConfig } from "@/lib/config/app-config";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { deskToday, getDeskDashboard } from "@/lib/server/dashboard/get-desk-dashboard";
import { DEFAULT_DASHBOARD_DAYS, parseDashboardQuery } from "@/lib/validations/dashboard";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser("dashboard.read");
  const params = await searchParams;
  const today = deskToday();
  const timeZone = getAppConfig().FACTDESK_TIME_ZONE;
  const asked = { from: first(params.from), to: first(params.to) };
  const query = parseDashboardQuery(asked, today);
  const t = await getTranslations("dashboard");
  const header = (actions?: ReactNode) => <PageHeader title={t("title")} description={t("description", { timeZone })} actions={actions} />;

  if (!query.ok) {
    return (
      <div>
        {header()}
        <DashboardRangeForm from={asked.from ?? addDays(today, -(DEFAULT_DASHBOARD_DAYS - 1))} to={asked.to ?? today} today={today} timeZone={timeZone} fieldErrors={query.fieldErrors} />
        <Alert tone="error" title={t("badDates")}>
          {Object.values(query.fieldErrors).map((message) => (
            <p key={message}>
              <FieldErrorText message={message} />
            </p>
          ))}
        </Alert>
      </div>
    );
  }
  const { from, to } = query.value;
  const result = await getDeskDashboard(user, { from, to });
  if (!result.ok) return <Alert tone="error">{result.error.message}</Alert>;
  const figures = result.value;
  const csvHref = `/api/dashboard?from=${from}&to=${to}&format=csv`;
  return (
    <div>
      {header(
        <a href={csvHref} download className="rounded-md border border-[var(--color-line)] bg-white px-3.5 py-2 text-sm font-medium no-underline hover:bg-gray-50">
          {t("csv")}
        </a>,
      )}
      <DashboardRangeForm from={from} to={to} today={today} timeZone={timeZone} fieldErrors={{}} />
      <p className="mb-4 text-sm" data-testid="dashboard-range">
        {t("range", { from: longDayLabel(from), to: longDayLabel(to), days: figures.range.days, timeZone })}
      </p>
      <DashboardTotals figures={figures} />
      <div className="grid gap-6 lg:grid-cols-2">
        <DailyActivityChart daily={figures.daily} />
        <TimeToDecisionChart daily={figures.daily} overall={figures.timeToDecision} />
        <OpenByAgeChart openByAge={figures.openByAge} />
        <VerdictChart verdicts={figures.verdicts} />
        <div className="lg:col-span-2">
          <ThroughputChart people={figures.people} />
        </div>
      </div>
      <DashboardHelp />
    </div>
  );
}
