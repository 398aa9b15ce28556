"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DeskDashboard } from "@/lib/dashboard/dashboard-figures";
import { formatDuration, longDayLabel, secondsToHours, shortDayLabel } from "@/lib/dashboard/format-figures";
import { ChartFigure, FigureTable } from "./chart-figure";
import { useTranslations } from "next-intl";

const INK = "#1f2937";
const ACCENT = "#1d4ed8";
const WARM = "#b45309";

/** Annotations created, submitted and decided per day: three lines told apart by dash style and marker, not colour alone. */
export function DailyActivityChart({ daily }: { daily: DeskDashboard["daily"] }) {
  const data = daily.map((day) => ({ label: shortDayLabel(day.day), Created: day.created, Submitted: day.submitted, Decided: day.decided }));
  const total = (key: "created" | "submitted" | "decided") => daily.reduce((sum, day) => sum + day[key], 0);
  const t = useTranslations("dashboard.charts");
  return (
    <ChartFigure
      title={t("activity")}
      summary={t("activitySummary", { days: daily.length, created: total("created"), submitted: total("submitted"), decided: total("decided") })}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="2 4" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={12} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={36} />
            <Tooltip />
            <Legend />
            <Line dataKey="Created" name={t("created")} stroke={INK} strokeWidth={2} dot={{ r: 3 }} legendType="circle" isAnimationActive={false} />
            <Line dataKey="Submitted" name={t("submitted")} stroke={ACCENT} strokeWidth={2} strokeDasharray="6 3" dot="square" legendType="square" isAnimationActive={false} />
            <Line dataKey="Decided" name={t("decided")} stroke={WARM} strokeWidth={2} strokeDasharray="2 2" dot="triangle" legendType="triangle" isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          caption={t("perDay")}
          columns={[t("day"), t("created"), t("submitted"), t("decided"), t("approved"), t("rejected"), t("sentBack")]}
          rows={daily.map((day) => [longDayLabel(day.day), day.created, day.submitted, day.decided, day.approved, day.rejected, day.changesRequested] as const)}
        />
      }
    />
  );
}

/** Median and 90th percentile of the time from submission to decision, per day, in hours. */
export function TimeToDecisionChart({ daily, overall }: { daily: DeskDashboard["daily"]; overall: DeskDashboard["timeToDecision"] }) {
  const t = useTranslations("dashboard.charts");
  const data = daily.map((day) => ({ label: shortDayLabel(day.day), Median: secondsToHours(day.medianSecondsToDecision), "90th percentile": secondsToHours(day.p90SecondsToDecision) }));
  return (
    <ChartFigure
      title={t("timeToDecision")}
      summary={t("timeSummary", { median: formatDuration(overall.medianSeconds), p90: formatDuration(overall.p90Seconds), decisions: overall.decisions })}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="2 4" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={12} />
            <YAxis tick={{ fontSize: 12 }} width={44} unit=" h" />
            <Tooltip formatter={(value) => `${value} h`} />
            <Legend />
            <Line dataKey="Median" name={t("median")} stroke={ACCENT} strokeWidth={2} dot={{ r: 3 }} legendType="circle" isAnimationActive={false} />
            <Line dataKey="90th percentile" name={t("p90")} stroke={WARM} strokeWidth={2} strokeDasharray="6 3" dot="diamond" legendType="diamond" isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          caption={t("timeCaption", { median: formatDuration(overall.medianSeconds), p90: formatDuration(overall.p90Seconds), decisions: overall.decisions })}
          columns={[t("day"), t("decisions"), t("median"), t("p90")]}
          rows={daily.map((day) => [longDayLabel(day.day), day.decided, formatDuration(day.medianSecondsToDecision), formatDuration(day.p90SecondsToDecision)] as const)}
        />
      }
    />
  );
}
