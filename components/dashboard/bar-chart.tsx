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
import type { Series } from "./bar-figure";

/** The drawing of a `BarFigure`, with recharts: loaded on demand, in the browser only. */
export default function BarChartView({
  rows,
  category,
  series,
  height,
  horizontal,
  stacked,
}: {
  rows: Record<string, string | number>[];
  category: string;
  series: Series[];
  height: number;
  horizontal: boolean;
  stacked: boolean;
}) {
  return (
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
            <XAxis type="number" allowDecimals={false} tick={{ fill: "#1a1a1a", fontSize: 12 }} />
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
  );
}
