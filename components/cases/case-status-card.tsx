import { Card, DataList } from "@/components/ui/card";
import type { CaseOverview } from "@/lib/data/cases";
import { formatDate, formatDateTime } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { CaseStatusBadge } from "./case-status-badge";
import { CaseStatusForm } from "./case-status-form";

const m = t.caseOverview.status;

/** The status of the cartella, with the actions open from it for who may manage it. */
export function CaseStatusCard({ overview }: { overview: CaseOverview }) {
  const items: [string, React.ReactNode][] = [
    [t.cases.status, <CaseStatusBadge key="s" stato={overview.stato} />],
    [t.cases.openedOn, formatDate(overview.apertaIl)],
    [m.since, formatDateTime(overview.aggiornataIl)],
  ];
  if (overview.chiusaIl) items.push([t.cases.closedOn, formatDate(overview.chiusaIl)]);
  if (overview.motivoChiusura) items.push([m.closedBecause, overview.motivoChiusura]);
  return (
    <Card title={m.title}>
      <DataList items={items} />
      {overview.actions.length > 0 ? (
        <CaseStatusForm caseId={overview.id} actions={overview.actions} />
      ) : null}
    </Card>
  );
}
