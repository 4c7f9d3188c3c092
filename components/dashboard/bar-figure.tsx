"use client";

import { useEffect, useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type Series = { key: string; label: string; color: string };

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
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const height = horizontal ? Math.max(160, rows.length * 28 + 60) : 260;
  return (
    <div role="img" aria-label={summary} className="w-full" data-testid="chart">
      {mounted ? (
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={rows}
            layout={horizontal ? "vertical" : "horizontal"}
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#c5c7c9" />
            {horizontal ? (
              <>
                <XAxis
                  type="number"
                  allowDecimals={false}
                  tick={{ fill: "#1a1a1a", fontSize: 12 }}
                />
                <YAxis
                  type="category"
                  dataKey={category}
                  width={170}
                  tick={{ fill: "#1a1a1a", fontSize: 12 }}
                />
              </>
            ) : (
              <>
                <XAxis dataKey={category} tick={{ fill: "#1a1a1a", fontSize: 12 }} />
                <YAxis allowDecimals={false} tick={{ fill: "#1a1a1a", fontSize: 12 }} />
              </>
            )}
            <Tooltip />
            {series.length > 1 ? <Legend /> : null}
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={s.color}
                stackId={stacked ? "s" : undefined}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      ) : (
        <div className="h-40" />
      )}
    </div>
  );
}
