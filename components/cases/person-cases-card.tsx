import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { CaseSummary } from "@/lib/data/cases";
import type { ComuneOption } from "@/lib/data/comuni";
import { AREA_LABELS } from "@/lib/domain/areas";
import { formatDate } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { CaseStatusBadge } from "./case-status-badge";
import { MoveOutForm, OpenCaseForm, TransferRequestForm } from "./person-case-forms";

const m = t.caseOverview.person;

/**
 * The person's cartelle by area, with the forms to open one, to ask another comune to take
 * the person over and to close everything on a move out of the district, each for who may.
 */
export function PersonCasesCard({
  personId,
  cases,
  canOpen,
  transfer,
}: {
  personId: string;
  cases: CaseSummary[];
  canOpen: boolean;
  /** Present when the actor may transfer the person: the other comuni, and a transfer waiting. */
  transfer: {
    comuni: ComuneOption[];
    pending: { aComune: string } | null;
  } | null;
}) {
  return (
    <Card title={m.title} className="mt-6">
      {cases.length === 0 ? (
        <p className="text-muted">{m.none}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left" data-testid="person-cases">
            <caption className="sr-only">{m.caption}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  {m.columns.area}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {m.columns.stato}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {m.columns.apertaIl}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {m.columns.referente}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{m.open}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id} className="border-b border-line" data-testid="person-case">
                  <td className="py-2 pr-4">{AREA_LABELS[c.area]}</td>
                  <td className="py-2 pr-4">
                    <CaseStatusBadge stato={c.stato} />
                  </td>
                  <td className="py-2 pr-4">{formatDate(c.apertaIl)}</td>
                  <td className="py-2 pr-4">{c.referente ?? t.cases.noReferente}</td>
                  <td className="py-2">
                    <Link
                      href={`/cartelle/${c.id}`}
                      className="font-semibold text-primary underline"
                      aria-label={m.openLabel(AREA_LABELS[c.area])}
                    >
                      {m.open}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canOpen ? <OpenCaseForm personId={personId} /> : null}
      {transfer?.pending ? (
        <div className="mt-4">
          <Notice tone="info" testId="transfer-pending">
            <p>{t.transfers.request.pending(transfer.pending.aComune)}</p>
            <Link href="/trasferimenti" className="font-semibold text-primary underline">
              {t.transfers.request.goToList}
            </Link>
          </Notice>
        </div>
      ) : null}
      {transfer && !transfer.pending ? (
        <TransferRequestForm personId={personId} comuni={transfer.comuni} />
      ) : null}
      {transfer ? <MoveOutForm personId={personId} /> : null}
    </Card>
  );
}
