import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RequestHistory } from "@/components/requests/request-history";
import { StatusBadge } from "@/components/requests/status-badge";
import { TransitionForm } from "@/components/requests/transition-form";
import { Card, DataList } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/data/errors";
import { getRequest } from "@/lib/data/requests";
import { AREA_LABELS, MEASURE_KIND_LABELS } from "@/lib/domain/areas";
import { formatDate, formatDateTime, formatEuro } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Richiesta" };

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
  const r = await getRequest(db(), actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <>
      <PageHeader
        title={r.protocollo ? `Richiesta ${r.protocollo}` : "Richiesta in bozza"}
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
          <Notice tone="success" title="Richiesta presentata" live testId="request-created">
            Protocollo n. {r.protocollo} del {formatDateTime(r.protocolloData)}.
          </Notice>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Card title="Dati della richiesta">
            <DataList
              items={[
                [
                  "Persona",
                  <Link
                    key="p"
                    href={`/persone/${r.personId}`}
                    className="text-primary underline"
                  >{`${r.cognome} ${r.nome}`}</Link>,
                ],
                ["Comune", r.comune],
                ["Misura", `${r.misura} (${MEASURE_KIND_LABELS[r.tipo]})`],
                ["Area", AREA_LABELS[r.area]],
                [
                  "Protocollo",
                  r.protocollo ? `${r.protocollo} del ${formatDateTime(r.protocolloData)}` : "—",
                ],
                ["Importo mensile", formatEuro(r.importoMensile)],
                ["Durata", r.mesi ? `${r.mesi} mesi` : "—"],
                ["Decorrenza richiesta", formatDate(r.dataInizio)],
                [
                  "Bisogno e motivazione",
                  <span key="m" className="whitespace-pre-line">
                    {r.motivazione}
                  </span>,
                ],
              ]}
            />
          </Card>
          {r.decisoIl ? (
            <Card title="Esito">
              <DataList
                items={[
                  ["Esito", <StatusBadge key="s" status={r.stato} />],
                  ["Deciso il", formatDateTime(r.decisoIl)],
                  ["Da", r.decisoDa ?? "—"],
                  ["Importo approvato", formatEuro(r.importoApprovato)],
                  [
                    "Motivazione",
                    <span key="e" className="whitespace-pre-line" data-testid="decision-reason">
                      {r.esitoMotivazione}
                    </span>,
                  ],
                ]}
              />
            </Card>
          ) : null}
          <Card title="Storia della richiesta">
            <RequestHistory events={r.history} />
          </Card>
        </div>
        <div>
          {r.actions.length > 0 ? (
            <TransitionForm requestId={r.id} actions={r.actions} />
          ) : (
            <Notice title="Nessuna azione disponibile">
              Non ci sono passaggi che puoi eseguire su questa richiesta nello stato attuale.
            </Notice>
          )}
        </div>
      </div>
    </>
  );
}
