import { formatDateTime } from "@/lib/domain/format";
import {
  ACTION_LABELS,
  isRequestAction,
  type RequestStatus,
  STATUS_LABELS,
} from "@/lib/domain/request-workflow";

type Event = {
  id: number;
  at: Date;
  azione: string;
  daStato: RequestStatus | null;
  aStato: RequestStatus;
  nota: string | null;
  attore: string;
};

export function RequestHistory({ events }: { events: Event[] }) {
  return (
    <ol className="relative space-y-4 border-l-2 border-primary pl-6" data-testid="request-history">
      {events.map((e) => (
        <li key={e.id}>
          <p className="font-semibold">
            {isRequestAction(e.azione) ? ACTION_LABELS[e.azione] : e.azione}
            <span className="font-normal text-muted">
              {" "}
              · {e.daStato ? `${STATUS_LABELS[e.daStato]} → ` : ""}
              {STATUS_LABELS[e.aStato]}
            </span>
          </p>
          <p className="text-sm text-muted">
            {formatDateTime(e.at)} · {e.attore}
          </p>
          {e.nota ? <p className="mt-1 whitespace-pre-line">{e.nota}</p> : null}
        </li>
      ))}
    </ol>
  );
}
