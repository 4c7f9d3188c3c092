import type { Dashboard } from "@/lib/data/dashboard";
import { t } from "@/lib/i18n";

const K = t.dashboard.kpi;

/** The headline figures, as a description list. */
export function KpiStrip({ d }: { d: Dashboard }) {
  const sum = (xs: { n: number }[]) => xs.reduce((s, x) => s + x.n, 0);
  const fmt = (v: number | null) => (v === null ? t.common.missing : v.toLocaleString("it-IT"));
  const items: [string, string, string?][] = [
    [K.openCases, fmt(sum(d.caseloadByArea)), "kpi-cartelle"],
    ...(d.myCaseload !== null
      ? [[K.myCases, fmt(d.myCaseload), "kpi-mie"] as [string, string, string]]
      : []),
    [K.requests, fmt(sum(d.funnel)), "kpi-richieste"],
    [K.overdue, fmt(sum(d.overdueByArea)), "kpi-ritardo"],
    [K.waiting, fmt(sum(d.waiting)), "kpi-attesa"],
    [K.meanDays, fmt(d.timeToDecision.mean), "kpi-media"],
    [K.p90Days, fmt(d.timeToDecision.p90), "kpi-p90"],
  ];
  return (
    <section aria-label={K.label} className="my-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-7">
        {items.map(([label, value, id]) => (
          <div key={label} className="rounded border border-line bg-white p-3 shadow-sm">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-2xl font-bold text-primary-darker tabular-nums" data-testid={id}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
