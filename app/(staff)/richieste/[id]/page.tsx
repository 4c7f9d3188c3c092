import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationCard } from "@/components/applications/application-card";
import { OverrideForm } from "@/components/applications/override-form";
import { TermStatus } from "@/components/applications/term-status";
import { InstalmentsCard } from "@/components/delivery/instalments-card";
import { RequestDocuments } from "@/components/requests/request-documents";
import { RequestHistory } from "@/components/requests/request-history";
import { StatusBadge } from "@/components/requests/status-badge";
import { TransitionForm } from "@/components/requests/transition-form";
import { Card, DataList } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { listInstalments } from "@/lib/data/delivery";
import { listRequestDocuments } from "@/lib/data/request-documents";
import { getRequest } from "@/lib/data/requests";
import { AREA_LABELS, MEASURE_KIND_LABELS } from "@/lib/domain/areas";
import { romeDate } from "@/lib/domain/dates";
import { formatDate, formatDateTime, formatEuro } from "@/lib/domain/format";
import { SCHEDULED_STATUSES } from "@/lib/domain/payment-schedule";
import { OPEN_STATUSES, observationWindowEnds } from "@/lib/domain/procedure";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.requests.detail.metaTitle };

export default async function RichiestaPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ nuova?: string }>;
}) {
  const { id } = await params;
  const { nuova } = await searchParams;
  const actor = await requireActor();
  const r = await orNotFound(getRequest(db(), actor, id));
  const documents = await listRequestDocuments(db(), actor, id);
  const instalments = SCHEDULED_STATUSES.includes(r.stato)
    ? await listInstalments(db(), actor, id)
    : null;
  return (
    <>
      <PageHeader
        title={r.protocollo ? t.requests.detail.title(r.protocollo) : t.requests.detail.draftTitle}
        description={
          <>
            {r.misura} ·{" "}
            <span data-testid="request-status">
              <StatusBadge status={r.stato} />
            </span>
          </>
        }
      />
      {nuova ? (
        <div className="mb-6">
          <Notice
            tone="success"
            title={t.requests.detail.filed.title}
            live
            testId="request-created"
          >
            {t.requests.detail.filed.body(r.protocollo ?? "", formatDateTime(r.protocolloData))}
          </Notice>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Card title={t.requests.detail.data}>
            <DataList
              items={[
                [
                  t.requests.fields.person,
                  r.personId ? (
                    <Link
                      key="p"
                      href={`/persone/${r.personId}`}
                      className="text-primary underline"
                    >{`${r.cognome} ${r.nome}`}</Link>
                  ) : (
                    <em key="p">{t.requests.movedAway}</em>
                  ),
                ],
                [t.requests.fields.comune, r.comune],
                [t.requests.fields.measure, `${r.misura} (${MEASURE_KIND_LABELS[r.tipo]})`],
                [t.requests.fields.area, AREA_LABELS[r.area]],
                [
                  t.requests.fields.protocol,
                  r.protocollo
                    ? t.requests.detail.protocolOf(r.protocollo, formatDateTime(r.protocolloData))
                    : t.common.missing,
                ],
                [t.requests.fields.monthlyAmount, formatEuro(r.importoMensile)],
                [
                  t.requests.fields.duration,
                  r.mesi ? t.requests.detail.months(r.mesi) : t.common.missing,
                ],
                [t.requests.fields.startDate, formatDate(r.dataInizio)],
                [
                  t.requests.fields.need,
                  <span key="m" className="whitespace-pre-line">
                    {r.motivazione}
                  </span>,
                ],
              ]}
            />
          </Card>
          {r.bandoId ? <ApplicationCard {...r} bandoId={r.bandoId} /> : null}
          {r.decisoIl ? (
            <Card title={t.requests.detail.outcome.title}>
              <DataList
                items={[
                  [t.requests.detail.outcome.outcome, <StatusBadge key="s" status={r.stato} />],
                  [t.requests.detail.outcome.decidedOn, formatDateTime(r.decisoIl)],
                  [t.requests.detail.outcome.decidedBy, r.decisoDa ?? t.common.missing],
                  [t.requests.detail.outcome.approvedAmount, formatEuro(r.importoApprovato)],
                  [
                    t.requests.detail.outcome.reason,
                    <span key="e" className="whitespace-pre-line" data-testid="decision-reason">
                      {r.esitoMotivazione}
                    </span>,
                  ],
                ]}
              />
            </Card>
          ) : null}
          <RequestDocuments requestId={r.id} documents={documents} />
          {instalments && (instalments.rows.length > 0 || r.stato === "in_erogazione") ? (
            <InstalmentsCard requestId={r.id} data={instalments} />
          ) : null}
          <Card title={t.requests.detail.history}>
            <RequestHistory events={r.history} />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={t.applications.term.title}>
            <DataList
              items={[
                [
                  t.applications.term.responsabile,
                  r.responsabile ?? t.applications.term.noResponsabile,
                ],
                r.decisoIl && !OPEN_STATUSES.includes(r.stato)
                  ? [t.applications.term.due, t.applications.term.decided(formatDate(r.decisoIl))]
                  : [
                      t.applications.term.due,
                      <TermStatus
                        key="t"
                        state={{
                          filedOn: romeDate(r.protocolloData ?? r.creatoIl),
                          termDays: r.termineGiorni ?? 30,
                          suspendedDays: r.giorniSospensione,
                          suspension: r.sospesoDal
                            ? {
                                kind:
                                  r.stato === "preavviso_rigetto" ? "preavviso" : "integrazione",
                                since: r.sospesoDal,
                              }
                            : null,
                          decided: !OPEN_STATUSES.includes(r.stato),
                        }}
                      />,
                    ],
                ...(r.preavvisoIl && r.stato === "preavviso_rigetto"
                  ? ([
                      [
                        t.requests.detail.outcome.reason,
                        t.applications.term.preavviso(
                          formatDate(observationWindowEnds(r.preavvisoIl)),
                        ),
                      ],
                    ] as [string, string][])
                  : []),
              ]}
            />
          </Card>
          {r.actions.length > 0 ? (
            <TransitionForm requestId={r.id} actions={r.actions} />
          ) : (
            <Notice title={t.requests.detail.noActions.title}>
              {t.requests.detail.noActions.body}
            </Notice>
          )}
          {r.canOverride ? <OverrideForm requestId={r.id} /> : null}
        </div>
      </div>
    </>
  );
}
