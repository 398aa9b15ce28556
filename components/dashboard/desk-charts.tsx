"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, pattern, patterns } from "recharts";
import type { DeskDashboard } from "@/lib/dashboard/dashboard-figures";
import { ChartFigure, FigureTable } from "./chart-figure";

const ACCENT = "#1d4ed8";
const WARM = "#b45309";
// Defined once, outside components (recharts redraws a definition that changes identity).
const HATCHED = pattern(patterns.diagonal);

type OpenDatum = { label: string; Submitted: number; "Needs re-review": number; total: number };

/** Items awaiting review by age: two stacks (solid: submitted, hatched: needs re-review) with each bar's total written on it. */
export function OpenByAgeChart({ openByAge }: { openByAge: DeskDashboard["openByAge"] }) {
  const total = openByAge.reduce((sum, bucket) => sum + bucket.total, 0);
  const data: OpenDatum[] = openByAge.map((bucket) => ({ label: bucket.label, Submitted: bucket.submitted, "Needs re-review": bucket.needsRereview, total: bucket.total }));
  return (
    <ChartFigure
      title="Open items by age"
      summary={`${total} annotations wait for a reviewer now: ${openByAge.map((bucket) => `${bucket.label} ${bucket.total}`).join(", ")}.`}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 20, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="2 4" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={36} />
            <Tooltip />
            <Legend />
            {/* Each bar's total is written above its top segment. */}
            <Bar dataKey="Submitted" stackId="open" fill={ACCENT} isAnimationActive={false}>
              <LabelList dataKey={(entry: OpenDatum) => (entry["Needs re-review"] === 0 && entry.total > 0 ? entry.total : "")} position="top" fontSize={12} fill="#111827" />
            </Bar>
            <Bar dataKey="Needs re-review" stackId="open" fill={{ color: WARM, definition: HATCHED }} stroke={WARM} isAnimationActive={false}>
              <LabelList dataKey={(entry: OpenDatum) => (entry["Needs re-review"] > 0 ? entry.total : "")} position="top" fontSize={12} fill="#111827" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          caption="Annotations awaiting review, by time since they last entered review"
          columns={["Waiting", "Submitted", "Needs re-review", "Total"]}
          rows={openByAge.map((bucket) => [bucket.label, bucket.submitted, bucket.needsRereview, bucket.total] as const)}
        />
      }
    />
  );
}

/** Approved claims by verdict: one series, each bar labelled with its count. */
export function VerdictChart({ verdicts }: { verdicts: DeskDashboard["verdicts"] }) {
  const data = verdicts.map((verdict) => ({ label: verdict.label, Claims: verdict.count }));
  return (
    <ChartFigure
      title="Verdicts of approved claims"
      summary={`${verdicts.map((verdict) => `${verdict.label} ${verdict.count}`).join(", ")}.`}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 40, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="2 4" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" tick={{ fontSize: 12 }} width={110} />
            <Tooltip />
            <Bar dataKey="Claims" fill={ACCENT} isAnimationActive={false}>
              <LabelList dataKey="Claims" position="right" fontSize={12} fill="#111827" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={<FigureTable caption="Claims approved in the range and still approved, by verdict" columns={["Verdict", "Claims"]} rows={verdicts.map((verdict) => [verdict.label, verdict.count] as const)} />}
    />
  );
}

/** Per-person throughput: decisions (solid) and submissions (hatched), each bar labelled. */
export function ThroughputChart({ people }: { people: DeskDashboard["people"] }) {
  const data = people.map((person) => ({ label: person.name, Decided: person.decided, Submitted: person.submitted }));
  return (
    <ChartFigure
      title="Throughput per person"
      height={Math.max(288, people.length * 44 + 72)}
      summary={people.length === 0 ? "nobody created, submitted or decided anything in this range." : `${people.map((person) => `${person.name}: ${person.decided} decided, ${person.submitted} submitted`).join("; ")}.`}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 40, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="2 4" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" tick={{ fontSize: 12 }} width={130} />
            <Tooltip />
            <Legend />
            <Bar dataKey="Decided" fill={ACCENT} isAnimationActive={false}>
              <LabelList dataKey="Decided" position="right" fontSize={12} fill="#111827" />
            </Bar>
            <Bar dataKey="Submitted" fill={{ color: WARM, definition: HATCHED }} stroke={WARM} isAnimationActive={false}>
              <LabelList dataKey="Submitted" position="right" fontSize={12} fill="#111827" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          caption="What each person did in the range"
          columns={["Person", "Created", "Submitted", "Approved", "Rejected", "Sent back", "Decided"]}
          rows={people.map((person) => [person.name, person.created, person.submitted, person.approved, person.rejected, person.changesRequested, person.decided] as const)}
        />
      }
    />
  );
}
