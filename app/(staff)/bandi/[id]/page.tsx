import type { Metadata } from "next";
import Link from "next/link";
import { BandoBudget } from "@/components/bandi/bando-budget";
import { BandoHistory } from "@/components/bandi/bando-history";
import { BandoRules } from "@/components/bandi/bando-rules";
import { describeTiers } from "@/components/bandi/describe";
import { WindowStatusBadge } from "@/components/bandi/window-status";
import { RankingPanel } from "@/components/ranking/ranking-panel";
import { buttonClass } from "@/components/ui/button";
import { Card, DataList } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { scopeFor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { getBando } from "@/lib/data/bandi";
import { getRanking } from "@/lib/data/ranking";
import type { ImportoFascia } from "@/lib/domain/bando-amounts";
import type { CopaymentParams } from "@/lib/domain/copayment";
import type { EligibilityRule } from "@/lib/domain/eligibility";
import { formatDate, formatDateTime, formatEuro } from "@/lib/domain/format";
import type { ScoringRule } from "@/lib/domain/scoring";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.bandi.detail.metaTitle };

export default async function BandoPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ creato?: string; salvato?: string }>;
}) {
  const { id } = await params;
  const { creato, salvato } = await searchParams;
  const actor = await requireActor();
  const b = await orNotFound(getBando(db(), actor, id));
  const ranking = await getRanking(db(), actor, id);
  const d = t.bandi.detail;
  const f = t.bandi.fields;
  const tiers = (b.importiFasce as ImportoFascia[] | null) ?? [];
  const months = b.mesi ? d.months(b.mesi) : null;
  const amount = tiers.length ? (
    <ul key="fasce" className="list-disc pl-5">
      {describeTiers(tiers).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  ) : b.importoMensile ? (
    d.amountTimesMonths(formatEuro(b.importoMensile), months ?? d.none)
  ) : (
    d.none
  );
  return (
    <>
      <PageHeader
        title={b.titolo}
        description={
          <>
            {b.misura} · <WindowStatusBadge status={b.stato} />
          </>
        }
        actions={
          scopeFor(actor, "bando.manage") ? (
            <Link href={`/bandi/${b.id}/modifica`} className={buttonClass("secondary")}>
              {t.bandi.editAction}
            </Link>
          ) : null
        }
      />
      {creato || salvato ? (
        <div className="mb-6">
          <Notice tone="success" live testId="bando-saved">
            {creato ? d.created : d.saved}
          </Notice>
        </div>
      ) : null}
      <div className="space-y-6">
        <Card title={d.data}>
          <DataList
            items={[
              [f.measureId, b.misura],
              [f.period, d.window(formatDate(b.periodoInizio), formatDate(b.periodoFine))],
              [
                f.window,
                <span key="w">
                  {d.window(formatDate(b.apertura), formatDate(b.chiusura))}
                  {b.chiusoIl ? ` (${d.closedEarly(formatDateTime(b.chiusoIl))})` : ""}{" "}
                  <WindowStatusBadge status={b.stato} />
                </span>,
              ],
              [f.modalita, t.bandi.modalita[b.modalita]],
              [f.termineGiorni, d.days(b.termineGiorni)],
              [f.responsabileId, b.responsabile ?? t.bandi.form.noResponsabile],
              [tiers.length ? f.importiFasce : f.importoMensile, amount],
              ...(tiers.length && months ? [[f.mesi, months] as [string, string]] : []),
              ...(b.oreMensili
                ? [[f.oreMensili, d.hours(String(Number(b.oreMensili)))] as [string, string]]
                : []),
              ...(b.graduatoriaIl
                ? [[f.status, d.rankingAt(formatDateTime(b.graduatoriaIl))] as [string, string]]
                : []),
            ]}
          />
        </Card>
        <Card title={d.rules}>
          <BandoRules
            eligibility={b.regoleAmmissione as EligibilityRule[]}
            scoring={b.regolePunteggio as ScoringRule[]}
            copayment={b.compartecipazione as CopaymentParams | null}
            names={b.names}
          />
        </Card>
        <Card title={d.budget}>
          <BandoBudget
            budget={b.budget}
            totali={b.totali}
            perComune={b.perComune}
            perArea={b.perArea}
          />
        </Card>
        <RankingPanel
          bandoId={b.id}
          modalita={b.modalita}
          windowOpen={b.stato === "aperto"}
          graduatoriaIl={b.graduatoriaIl}
          pubblicataIl={ranking.pubblicataIl}
          rows={ranking.rows}
          canManage={scopeFor(actor, "bando.manage") !== null}
        />
        <Card title={d.history}>
          <BandoHistory events={b.eventi} names={b.names} />
        </Card>
      </div>
    </>
  );
}
