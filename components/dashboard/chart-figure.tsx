import { useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";

/**
 * One dashboard figure: a heading, the chart (named for screen readers by `summary`, which says
 * what it shows) and the same numbers as a table right below it.
 */
export function ChartFigure({ title, summary, chart, table, height = 288 }: { title: string; summary: string; chart: ReactNode; table: ReactNode; height?: number }) {
  const headingId = useId();
  const t = useTranslations("dashboard");
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-[var(--color-line)] bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      <div role="img" aria-label={`${title}: ${summary}`} className="mt-3 w-full" style={{ height }}>
        {chart}
      </div>
      <div className="mt-3 max-h-72 overflow-auto" tabIndex={0} role="region" aria-label={t("numbers", { title })}>
        {table}
      </div>
    </section>
  );
}

/** A compact table of figures: first column a row header, the rest numbers. */
export function FigureTable({ caption, columns, rows }: { caption: string; columns: readonly string[]; rows: readonly (readonly [string, ...(string | number)[]])[] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-start text-xs font-medium text-[var(--color-muted)]">{caption}</caption>
      <thead>
        <tr className="border-b border-[var(--color-line)]">
          {columns.map((column, i) => (
            <th key={column} scope="col" className={`px-2 py-1 font-medium ${i === 0 ? "text-start" : "text-end"}`}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([head, ...cells], index) => (
          <tr key={`${index}-${head}`} className="border-b border-gray-100">
            <th scope="row" className="px-2 py-1 text-start font-normal">
              {head}
            </th>
            {cells.map((cell, i) => (
              <td key={i} className="px-2 py-1 text-end tabular-nums">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
