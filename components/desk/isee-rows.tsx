import type { DeskIsee } from "@/lib/data/desk";
import { ISEE_KIND_LABELS } from "@/lib/domain/eligibility";
import { formatDate } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { DeskRow, Flag } from "./desk-section";

export function IseeRows({ rows }: { rows: DeskIsee[] }) {
  return rows.map((r) => (
    <DeskRow
      key={`${r.personId}-${r.tipo}`}
      href={`/persone/${r.personId}`}
      title={r.persona}
      meta={t.desk.iseeKind(ISEE_KIND_LABELS[r.tipo])}
      status={
        r.scaduta ? (
          <span>
            <Flag>{t.desk.iseeExpiredFlag}</Flag>
            {t.desk.iseeExpired(formatDate(r.scadenza))}
          </span>
        ) : (
          <span className="font-semibold">{t.desk.iseeExpires(formatDate(r.scadenza))}</span>
        )
      }
    />
  ));
}
