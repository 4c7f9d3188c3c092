import type { DeskBenefit, DeskRequest, DeskWaiting } from "@/lib/data/desk";
import { formatDate } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { DeskRow, Flag } from "./desk-section";

const titleOf = (r: { protocollo: string | null; persona: string }) =>
  `${r.protocollo ?? t.desk.noProtocol} · ${r.persona}`;
const metaOf = (r: { misura: string; comune: string }) => `${r.misura} · ${r.comune}`;

export function OverdueRows({ rows }: { rows: DeskRequest[] }) {
  return rows.map((r) => (
    <DeskRow
      key={r.id}
      href={`/richieste/${r.id}`}
      title={titleOf(r)}
      meta={metaOf(r)}
      status={
        <span data-testid="overdue-flag">
          <Flag>{t.desk.overdueFlag}</Flag>
          {t.desk.overdueBy(r.giorni)}
          <br />
          <span className="text-muted">{t.desk.termOn(formatDate(r.scadenza))}</span>
        </span>
      }
    />
  ));
}

export function DueSoonRows({ rows }: { rows: DeskRequest[] }) {
  return rows.map((r) => (
    <DeskRow
      key={r.id}
      href={`/richieste/${r.id}`}
      title={titleOf(r)}
      meta={metaOf(r)}
      status={
        <>
          <span className="font-semibold">{t.desk.dueIn(r.giorni)}</span>
          <br />
          <span className="text-muted">{t.desk.termOn(formatDate(r.scadenza))}</span>
        </>
      }
    />
  ));
}

export function WaitingRows({ rows }: { rows: DeskWaiting[] }) {
  return rows.map((r) => {
    const integrazione = r.stato === "integrazione_richiesta";
    const until = formatDate(r.finoAl);
    return (
      <DeskRow
        key={r.id}
        href={`/richieste/${r.id}`}
        title={titleOf(r)}
        meta={metaOf(r)}
        status={
          <>
            <span className="font-semibold">
              {integrazione ? t.desk.waitingIntegrazione : t.desk.waitingPreavviso}
            </span>{" "}
            <span className="text-muted">{t.desk.waitingSince(formatDate(r.dal))}</span>
            <br />
            {r.finito ? (
              <strong>
                {integrazione ? t.desk.integrazioneOver(until) : t.desk.preavvisoOver(until)}
              </strong>
            ) : integrazione ? (
              t.desk.integrazioneUntil(until)
            ) : (
              t.desk.preavvisoUntil(until)
            )}
          </>
        }
      />
    );
  });
}

export function BenefitRows({ rows }: { rows: DeskBenefit[] }) {
  return rows.map((r) => (
    <DeskRow
      key={r.id}
      href={`/richieste/${r.id}`}
      title={titleOf(r)}
      meta={metaOf(r)}
      status={<span className="font-semibold">{t.desk.benefitEnds(formatDate(r.dataFine))}</span>}
    />
  ));
}
