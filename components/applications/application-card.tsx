import Link from "next/link";
import { Card, DataList } from "@/components/ui/card";
import type { StoredCopayment } from "@/lib/domain/application";
import { COPAYMENT_BASIS_LABELS } from "@/lib/domain/copayment";
import {
  ELIGIBILITY_OUTCOME_LABELS,
  type EligibilityOutcome,
  type EligibilityResult,
} from "@/lib/domain/eligibility";
import { formatDate, formatDateTime, formatEuro } from "@/lib/domain/format";
import type { ScoreLine } from "@/lib/domain/scoring";
import { t } from "@/lib/i18n";
import { EligibilityTable, OutcomeBadge } from "./eligibility-table";
import { ScoreTable } from "./score-table";

type Props = {
  bandoId: string;
  bando: string | null;
  eligibility: (EligibilityResult & { on: string }) | null;
  esitoForzato: string | null;
  forzaturaMotivazione: string | null;
  forzataIl: Date | null;
  punteggio: string | null;
  scoreLines: ScoreLine[] | null;
  posizioneGraduatoria: number | null;
  copayment: StoredCopayment | null;
};

/** The application under its bando: the stored eligibility snapshot, any override, the score. */
export function ApplicationCard(p: Props) {
  const s = t.applications;
  const overridden = p.esitoForzato as EligibilityOutcome | null;
  return (
    <Card title={s.eligibility.title}>
      <div className="space-y-4" data-testid="application-card">
        <p>
          <Link href={`/bandi/${p.bandoId}`} className="text-primary underline">
            {p.bando}
          </Link>
        </p>
        {p.eligibility ? (
          <>
            <p>
              <OutcomeBadge outcome={overridden ?? p.eligibility.outcome} />{" "}
              <span className="text-sm text-muted">
                {s.eligibility.checkedOn(formatDate(p.eligibility.on))}
              </span>
            </p>
            {overridden ? (
              <DataList
                items={[
                  [s.eligibility.overridden, formatDateTime(p.forzataIl)],
                  [
                    s.eligibility.overrideReason,
                    <span key="r" className="whitespace-pre-line">
                      {p.forzaturaMotivazione}
                    </span>,
                  ],
                  [
                    s.eligibility.outcome,
                    s.eligibility.engineSaid(ELIGIBILITY_OUTCOME_LABELS[p.eligibility.outcome]),
                  ],
                ]}
              />
            ) : null}
            <EligibilityTable lines={p.eligibility.lines} />
          </>
        ) : null}
        {p.copayment ? (
          <p>
            <strong>{s.amount.copayment}:</strong>{" "}
            {s.amount.copaymentValue(
              formatEuro(p.copayment.tariff),
              COPAYMENT_BASIS_LABELS[p.copayment.basis],
            )}
          </p>
        ) : null}
        {p.scoreLines && p.punteggio !== null ? (
          <div className="space-y-2">
            <h3 className="font-bold">{s.score.title}</h3>
            {p.posizioneGraduatoria ? (
              <p data-testid="ranking-position">{s.score.position(p.posizioneGraduatoria)}</p>
            ) : null}
            <ScoreTable lines={p.scoreLines} total={Number(p.punteggio)} />
          </div>
        ) : null}
      </div>
    </Card>
  );
}
