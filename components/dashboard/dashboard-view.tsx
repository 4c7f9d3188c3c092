import type { Dashboard } from "@/lib/data/dashboard";
import type { DashboardTableId } from "@/lib/export/dashboard-tables";
import type { ExportTable } from "@/lib/export/table";
import { t } from "@/lib/i18n";
import { FigureCard } from "./figure-card";
import { KpiStrip } from "./kpi-strip";
import { TableChart } from "./table-chart";

const S = t.dashboard.sections;
const APPROVE_REJECT = ["#008055", "#cc334d"];
const MONEY = ["#003366", "#0066cc", "#008055"];
const SEXES = ["#0066cc", "#a66300"];

type Layout = {
  id: DashboardTableId;
  horizontal?: boolean;
  colors?: string[];
  chart?: false;
  note?: string;
};

const SECTIONS: { title: string; figures: Layout[] }[] = [
  {
    title: S.caseload,
    figures: [
      { id: "cartelle-per-area", horizontal: true },
      { id: "cartelle-per-comune", horizontal: true },
      { id: "cartelle-per-operatore", horizontal: true },
    ],
  },
  {
    title: S.requests,
    figures: [
      { id: "richieste-per-stato", horizontal: true },
      { id: "decisioni-per-mese", colors: APPROVE_REJECT },
      { id: "liste-di-attesa", horizontal: true },
    ],
  },
  {
    title: S.terms,
    figures: [
      { id: "tempi-di-decisione", chart: false },
      { id: "ritardi-per-area", horizontal: true },
    ],
  },
  {
    title: S.budget,
    figures: [
      { id: "budget-per-bando", horizontal: true, colors: MONEY },
      { id: "budget-per-comune", horizontal: true, colors: MONEY },
      { id: "budget-per-area", horizontal: true, colors: MONEY },
    ],
  },
  {
    title: S.people,
    figures: [
      { id: "persone-per-eta-e-sesso", colors: SEXES, note: t.dashboard.tables.people.note },
    ],
  },
];

/** The cruscotto: headline figures, then each section's charts with their tables and exports. */
export function DashboardView({
  d,
  tables,
  query,
}: {
  d: Dashboard;
  tables: Record<DashboardTableId, ExportTable>;
  /** The filters as a query string, carried into the export links. */
  query: string;
}) {
  const href = (id: string) => (format: "csv" | "xlsx") =>
    `/cruscotto/esporta?tabella=${id}&formato=${format}${query ? `&${query}` : ""}`;
  return (
    <>
      <KpiStrip d={d} />
      {SECTIONS.map((section) => (
        <section key={section.title} className="mt-8" aria-label={section.title}>
          <h2 className="mb-3 text-2xl font-bold text-primary-darker">{section.title}</h2>
          <div className="grid gap-4 lg:grid-cols-2">
            {section.figures.map((f) => (
              <FigureCard
                key={f.id}
                id={f.id}
                table={tables[f.id]}
                note={f.note}
                exportHref={href(f.id)}
                chart={
                  f.chart === false || tables[f.id].rows.length === 0 ? undefined : (
                    <TableChart table={tables[f.id]} horizontal={f.horizontal} colors={f.colors} />
                  )
                }
              />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
