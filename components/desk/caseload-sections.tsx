import Link from "next/link";
import { CaseStatusBadge } from "@/components/cases/case-status-badge";
import type { DeskCaseload } from "@/lib/data/desk-caseload";
import { AREA_LABELS } from "@/lib/domain/areas";
import { formatDate } from "@/lib/domain/format";
import { romeTime } from "@/lib/domain/rome-time";
import { t } from "@/lib/i18n";
import { DeskRow, DeskSection, Flag } from "./desk-section";

/** The cartella part of the desk: today's appointments, the worker's cartelle, overdue reviews. */
export function CaseloadSections({ caseload }: { caseload: DeskCaseload }) {
  const m = t.calendar.desk;
  const { today, cases, reviews } = caseload;
  return (
    <>
      {today ? (
        <DeskSection
          id="oggi"
          title={m.today.title}
          hint={m.today.hint}
          empty={m.today.empty}
          total={today.length}
          shown={today.length}
          detail
        >
          {today.map((a) => (
            <li key={a.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:justify-between">
              <div>
                <p className="font-semibold">
                  <span className="tabular-nums">
                    {t.calendar.timeRange(romeTime(a.inizio), romeTime(a.fine))}
                  </span>{" "}
                  {t.calendar.kinds[a.tipo]}
                </p>
                {a.persona && a.caseId ? (
                  <Link
                    className="text-primary underline"
                    href={`/cartelle/${a.caseId}/appuntamenti`}
                  >
                    {a.persona}
                  </Link>
                ) : null}
              </div>
              {a.luogo ? <p className="text-sm text-muted">{a.luogo}</p> : null}
            </li>
          ))}
        </DeskSection>
      ) : null}
      {cases ? (
        <DeskSection
          id="cartelle"
          title={m.cases.title}
          hint={m.cases.hint}
          empty={m.cases.empty}
          total={cases.total}
          shown={cases.rows.length}
          detail
        >
          {cases.rows.map((c) => (
            <DeskRow
              key={c.id}
              href={`/cartelle/${c.id}`}
              title={c.persona}
              meta={AREA_LABELS[c.area]}
              status={<CaseStatusBadge stato={c.stato} />}
            />
          ))}
        </DeskSection>
      ) : null}
      {reviews ? (
        <DeskSection
          id="verifiche"
          title={m.reviews.title}
          hint={m.reviews.hint}
          empty={m.reviews.empty}
          total={reviews.total}
          shown={reviews.rows.length}
          detail
          urgent
        >
          {reviews.rows.map((r) => (
            <DeskRow
              key={`${r.caseId}-${r.prossimaVerifica}-${r.titolo}`}
              href={`/cartelle/${r.caseId}/progetto`}
              title={r.persona}
              meta={r.titolo}
              status={
                <span>
                  <Flag>!</Flag>
                  {m.reviews.due(formatDate(r.prossimaVerifica))}
                </span>
              }
            />
          ))}
        </DeskSection>
      ) : null}
    </>
  );
}
