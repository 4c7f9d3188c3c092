import { Card } from "@/components/ui/card";
import type { CaseEventView } from "@/lib/data/cases";
import { CASE_STATUS_LABELS } from "@/lib/domain/case-file";
import { formatDateTime } from "@/lib/domain/format";
import { t } from "@/lib/i18n";

const m = t.caseOverview.history;

/** The status history and handovers of a cartella, newest first. */
export function CaseHistory({ history }: { history: CaseEventView[] }) {
  return (
    <Card title={m.title}>
      {history.length === 0 ? (
        <p className="text-muted">{m.empty}</p>
      ) : (
        <ol className="space-y-4 border-l-2 border-line pl-4" data-testid="case-history">
          {history.map((e) => (
            <li key={e.id} data-testid="case-event" data-event={e.evento}>
              <p className="font-semibold">
                {m.events[e.evento]}
                {e.statoDa && e.statoA && e.statoDa !== e.statoA ? (
                  <span className="font-normal text-muted">
                    {" "}
                    ({CASE_STATUS_LABELS[e.statoDa]} → {CASE_STATUS_LABELS[e.statoA]})
                  </span>
                ) : null}
              </p>
              <p className="text-sm text-muted">
                <time dateTime={e.il.toISOString()}>{formatDateTime(e.il)}</time>
                {e.autore ? ` · ${m.by} ${e.autore}` : null}
              </p>
              {e.dettagli ? <p>{e.dettagli}</p> : null}
              {e.motivo ? <p className="whitespace-pre-line">{e.motivo}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
