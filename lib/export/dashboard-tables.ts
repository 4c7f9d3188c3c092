import type { Dashboard, Money } from "@/lib/data/dashboard";
import { AREA_LABELS, type Area } from "@/lib/domain/areas";
import { STATUS_LABELS } from "@/lib/domain/request-workflow";
import { t } from "@/lib/i18n";
import type { Column, ExportTable } from "./table";

const T = t.dashboard.tables;

export const DASHBOARD_TABLES = [
  "cartelle-per-area",
  "cartelle-per-comune",
  "cartelle-per-operatore",
  "richieste-per-stato",
  "decisioni-per-mese",
  "tempi-di-decisione",
  "ritardi-per-area",
  "liste-di-attesa",
  "budget-per-bando",
  "budget-per-comune",
  "budget-per-area",
  "persone-per-eta-e-sesso",
] as const;
export type DashboardTableId = (typeof DASHBOARD_TABLES)[number];

function moneyColumns<R extends Money>(): Column<R>[] {
  return [
    { header: T.budget.stanziato, value: (r) => r.stanziato, number: true },
    { header: T.budget.impegnato, value: (r) => r.impegnato, number: true },
    { header: T.budget.pagato, value: (r) => r.pagato, number: true },
  ];
}

const areaLabel = (a: Area | null) => (a ? AREA_LABELS[a] : t.dashboard.noArea);

/** Every table of the cruscotto, in page order: the page shows them, the exports write them. */
export function dashboardTables(d: Dashboard): Record<DashboardTableId, ExportTable> {
  const tables = {
    "cartelle-per-area": {
      title: T.caseloadArea.title,
      rows: d.caseloadByArea,
      columns: [
        { header: T.caseloadArea.area, value: (r) => AREA_LABELS[r.area] },
        { header: T.caseloadArea.n, value: (r) => r.n, number: true },
      ],
    } satisfies Omit<ExportTable<Dashboard["caseloadByArea"][number]>, "name">,
    "cartelle-per-comune": {
      title: T.caseloadComune.title,
      rows: d.caseloadByComune,
      columns: [
        { header: T.caseloadComune.comune, value: (r) => r.comune },
        { header: T.caseloadComune.n, value: (r) => r.n, number: true },
      ],
    } satisfies Omit<ExportTable<Dashboard["caseloadByComune"][number]>, "name">,
    "cartelle-per-operatore": {
      title: T.caseloadWorker.title,
      rows: d.caseloadByWorker,
      columns: [
        { header: T.caseloadWorker.operatore, value: (r) => r.operatore ?? t.dashboard.unassigned },
        { header: T.caseloadWorker.n, value: (r) => r.n, number: true },
      ],
    } satisfies Omit<ExportTable<Dashboard["caseloadByWorker"][number]>, "name">,
    "richieste-per-stato": {
      title: T.funnel.title,
      rows: d.funnel,
      columns: [
        { header: T.funnel.stato, value: (r) => STATUS_LABELS[r.stato] },
        { header: T.funnel.n, value: (r) => r.n, number: true },
      ],
    } satisfies Omit<ExportTable<Dashboard["funnel"][number]>, "name">,
    "decisioni-per-mese": {
      title: T.decisions.title,
      rows: d.decisionsByMonth,
      columns: [
        { header: T.decisions.mese, value: (r) => r.mese },
        { header: T.decisions.approvate, value: (r) => r.approvate, number: true },
        { header: T.decisions.respinte, value: (r) => r.respinte, number: true },
      ],
    } satisfies Omit<ExportTable<Dashboard["decisionsByMonth"][number]>, "name">,
    "tempi-di-decisione": {
      title: T.time.title,
      rows: [
        { label: T.time.decided, value: d.timeToDecision.n },
        { label: T.time.mean, value: d.timeToDecision.mean },
        { label: T.time.p90, value: d.timeToDecision.p90 },
      ],
      columns: [
        { header: T.time.measure, value: (r) => r.label },
        { header: T.time.value, value: (r) => r.value, number: true },
      ],
    } satisfies Omit<ExportTable<{ label: string; value: number | null }>, "name">,
    "ritardi-per-area": {
      title: T.overdue.title,
      rows: d.overdueByArea,
      columns: [
        { header: T.overdue.area, value: (r) => AREA_LABELS[r.area] },
        { header: T.overdue.n, value: (r) => r.n, number: true },
      ],
    } satisfies Omit<ExportTable<Dashboard["overdueByArea"][number]>, "name">,
    "liste-di-attesa": {
      title: T.waiting.title,
      rows: d.waiting,
      columns: [
        { header: T.waiting.bando, value: (r) => r.bando ?? t.dashboard.noBando },
        { header: T.waiting.n, value: (r) => r.n, number: true },
      ],
    } satisfies Omit<ExportTable<Dashboard["waiting"][number]>, "name">,
    "budget-per-bando": {
      title: T.budgetBando.title,
      rows: d.budgetByBando,
      columns: [{ header: T.budgetBando.bando, value: (r) => r.bando }, ...moneyColumns()],
    } satisfies Omit<ExportTable<Dashboard["budgetByBando"][number]>, "name">,
    "budget-per-comune": {
      title: T.budgetComune.title,
      rows: d.budgetByComune,
      columns: [
        { header: T.budgetComune.comune, value: (r) => r.comune ?? t.dashboard.wholeAmbito },
        ...moneyColumns(),
      ],
    } satisfies Omit<ExportTable<Dashboard["budgetByComune"][number]>, "name">,
    "budget-per-area": {
      title: T.budgetArea.title,
      rows: d.budgetByArea,
      columns: [{ header: T.budgetArea.area, value: (r) => areaLabel(r.area) }, ...moneyColumns()],
    } satisfies Omit<ExportTable<Dashboard["budgetByArea"][number]>, "name">,
    "persone-per-eta-e-sesso": {
      title: T.people.title,
      rows: d.people,
      columns: [
        { header: T.people.fascia, value: (r) => r.fascia },
        { header: T.people.M, value: (r) => r.M, number: true },
        { header: T.people.F, value: (r) => r.F, number: true },
      ],
    } satisfies Omit<ExportTable<Dashboard["people"][number]>, "name">,
  };
  const period = `${d.filters.dal}-${d.filters.al}`;
  return Object.fromEntries(
    Object.entries(tables).map(([id, table]) => [
      id,
      { ...table, name: `cruscotto-${id}-${period}` },
    ]),
  ) as unknown as Record<DashboardTableId, ExportTable>;
}
