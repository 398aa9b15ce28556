"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, pattern, patterns } from "recharts";
import type { DeskDashboard } from "@/lib/dashboard/dashboard-figures";
import { ChartFigure, FigureTable } from "./chart-figure";
import { useTranslations } from "next-intl";

const ACCENT = "#1d4ed8";
const WARM = "#b45309";
// Defined once, outside components (recharts redraws a definition that changes identity).
const HATCHED = pattern(patterns.diagonal);

type OpenDatum = { label: string; Submitted: number; "Needs re-review": number; total: number };

/** Items awaiting review by age: two stacks (solid: submitted, hatched: needs re-review) with each bar's total written on it. */
export function OpenByAgeChart({ openByAge }: { openByAge: DeskDashboard["openByAge"] }) {
  const total = openByAge.reduce((sum, bucket) => sum + bucket.total, 0);
  const t = useTranslations("dashboard.charts");
  const ages = useTranslations("dashboard.ageBuckets");
  const data: OpenDatum[] = openByAge.map((bucket) => ({ label: ages(bucket.bucket), Submitted: bucket.submitted, "Needs re-review": bucket.needsRereview, total: bucket.total }));
  return (
    <ChartFigure
      title={t("open")}
      summary={t("openSummary", { total, buckets: openByAge.map((bucket) => `${ages(bucket.bucket)} ${bucket.total}`).join(t("listSeparator")) })}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 20, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="2 4" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={36} />
            <Tooltip />
            <Legend />
            {/* Each bar's total is written above its top segment. */}
            <Bar dataKey="Submitted" name={t("submitted")} stackId="open" fill={ACCENT} isAnimationActive={false}>
              <LabelList dataKey={(entry: OpenDatum) => (entry["Needs re-review"] === 0 && entry.total > 0 ? entry.total : "")} position="top" fontSize={12} fill="#111827" />
            </Bar>
            <Bar dataKey="Needs re-review" name={t("needsRereview")} stackId="open" fill={{ color: WARM, definition: HATCHED }} stroke={WARM} isAnimationActive={false}>
              <LabelList dataKey={(entry: OpenDatum) => (entry["Needs re-review"] > 0 ? entry.total : "")} position="top" fontSize={12} fill="#111827" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          caption={t("openCaption")}
          columns={[t("waiting"), t("submitted"), t("needsRereview"), t("total")]}
          rows={openByAge.map((bucket) => [ages(bucket.bucket), bucket.submitted, bucket.needsRereview, bucket.total] as const)}
        />
      }
    />
  );
}

/** Approved claims by verdict: one series, each bar labelled with its count. */
export function VerdictChart({ verdicts }: { verdicts: DeskDashboard["verdicts"] }) {
  const t = useTranslations("dashboard.charts");
  const verdictNames = useTranslations("verdicts");
  const labelOf = (verdict: DeskDashboard["verdicts"][number]) => (verdictNames.has(verdict.verdict) ? verdictNames(verdict.verdict) : verdict.label);
  const data = verdicts.map((verdict) => ({ label: labelOf(verdict), Claims: verdict.count }));
  return (
    <ChartFigure
      title={t("verdicts")}
      summary={`${verdicts.map((verdict) => `${labelOf(verdict)} ${verdict.count}`).join(t("listSeparator"))}${t("fullStop")}`}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 40, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="2 4" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" tick={{ fontSize: 12 }} width={110} />
            <Tooltip />
            <Bar dataKey="Claims" name={t("claims")} fill={ACCENT} isAnimationActive={false}>
              <LabelList dataKey="Claims" position="right" fontSize={12} fill="#111827" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={<FigureTable caption={t("verdictsCaption")} columns={[t("verdict"), t("claims")]} rows={verdicts.map((verdict) => [labelOf(verdict), verdict.count] as const)} />}
    />
  );
}

/** Per-person throughput: decisions (solid) and submissions (hatched), each bar labelled. */
export function ThroughputChart({ people }: { people: DeskDashboard["people"] }) {
  const t = useTranslations("dashboard.charts");
  const data = people.map((person) => ({ label: person.name, Decided: person.decided, Submitted: person.submitted }));
  return (
    <ChartFigure
      title={t("throughput")}
      height={Math.max(288, people.length * 44 + 72)}
      summary={people.length === 0 ? t("nobody") : people.map((person) => t("personSummary", { name: person.name, decided: person.decided, submitted: person.submitted })).join("; ")}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 40, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="2 4" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" tick={{ fontSize: 12 }} width={130} />
            <Tooltip />
            <Legend />
            <Bar dataKey="Decided" name={t("decided")} fill={ACCENT} isAnimationActive={false}>
              <LabelList dataKey="Decided" position="right" fontSize={12} fill="#111827" />
            </Bar>
            <Bar dataKey="Submitted" name={t("submitted")} fill={{ color: WARM, definition: HATCHED }} stroke={WARM} isAnimationActive={false}>
              <LabelList dataKey="Submitted" position="right" fontSize={12} fill="#111827" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          caption={t("throughputCaption")}
          columns={[t("person"), t("created"), t("submitted"), t("approved"), t("rejected"), t("sentBack"), t("decided")]}
          rows={people.map((person) => [person.name, person.created, person.submitted, person.approved, person.rejected, person.changesRequested, person.decided] as const)}
        />
      }
    />
  );
}
