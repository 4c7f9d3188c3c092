import Link from "next/link";
import type { AppointmentItem } from "@/lib/data/appointments";
import { romeTime } from "@/lib/domain/rome-time";
import { t } from "@/lib/i18n";
import { cn } from "../ui/cn";

/** One appointment: time, kind, the person (linked to the cartella) when the viewer may see it. */
export function AppointmentEntry({
  item,
  showLink = true,
}: {
  item: AppointmentItem;
  showLink?: boolean;
}) {
  const m = t.calendar;
  const cancelled = item.stato === "annullato";
  return (
    <div className={cn("space-y-0.5", cancelled && "text-muted")} data-testid="appointment">
      <p className="font-semibold">
        <span className="tabular-nums">
          {m.timeRange(romeTime(item.inizio), romeTime(item.fine))}
        </span>{" "}
        <span className={cn(cancelled && "line-through")}>{m.kinds[item.tipo]}</span>
        {item.stato !== "programmato" ? (
          <span className="ml-1 text-sm">({m.statuses[item.stato]})</span>
        ) : null}
      </p>
      {item.persona && item.caseId ? (
        showLink ? (
          <p>
            <Link href={`/cartelle/${item.caseId}/appuntamenti`} className="text-primary underline">
              {item.persona}
            </Link>
          </p>
        ) : (
          <p>{item.persona}</p>
        )
      ) : null}
      {item.luogo ? <p className="text-sm text-muted">{item.luogo}</p> : null}
    </div>
  );
}
