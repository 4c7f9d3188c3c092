import type { DeskBando } from "@/lib/data/desk";
import { formatDate } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { DeskRow } from "./desk-section";

export function BandoRows({ rows }: { rows: DeskBando[] }) {
  return rows.map((b) => (
    <DeskRow
      key={b.id}
      href={`/bandi/${b.id}`}
      title={b.titolo}
      status={
        <span className="font-semibold">
          {b.motivo === "in_chiusura"
            ? t.desk.bandoClosing(formatDate(b.chiusura))
            : t.desk.bandoUnranked(formatDate(b.chiusura))}
        </span>
      }
    />
  ));
}
