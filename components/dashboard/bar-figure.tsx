"use client";

import dynamic from "next/dynamic";

export type Series = { key: string; label: string; color: string };

/** Recharts is loaded after the page, in the browser only: the figures are in the table. */
const Chart = dynamic(() => import("./bar-chart"), {
  ssr: false,
  loading: () => <div className="h-40" />,
});

/**
 * A bar chart of rows already shown in the table beside it; `summary` is its text
 * alternative. Drawn after mounting only: its size comes from the browser, and inline
 * styles rendered on the server would be refused by the Content Security Policy.
 */
export function BarFigure({
  rows,
  category,
  series,
  summary,
  horizontal = false,
  stacked = false,
}: {
  rows: Record<string, string | number>[];
  category: string;
  series: Series[];
  summary: string;
  horizontal?: boolean;
  stacked?: boolean;
}) {
  const height = horizontal ? Math.max(160, rows.length * 28 + 60) : 260;
  return (
    <div role="img" aria-label={summary} className="w-full" data-testid="chart">
      <Chart
        rows={rows}
        category={category}
        series={series}
        height={height}
        horizontal={horizontal}
        stacked={stacked}
      />
    </div>
  );
}
