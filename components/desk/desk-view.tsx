import type { Desk } from "@/lib/data/desk";
import { t } from "@/lib/i18n";
import { BandoRows } from "./bando-rows";
import { CaseloadSections } from "./caseload-sections";
import { DeskSection } from "./desk-section";
import { DeskSummary, type SummaryItem } from "./desk-summary";
import { InstalmentsDue } from "./instalments-due";
import { IseeRows } from "./isee-rows";
import { BenefitRows, DueSoonRows, OverdueRows, WaitingRows } from "./request-rows";

/** What needs the user today: counts at a glance, then one card per list, the most urgent first. */
export function DeskView({ desk }: { desk: Desk }) {
  const s = t.desk.sections;
  const common = { detail: desk.detail };
  const summary: SummaryItem[] = [
    { id: "scaduti", label: s.overdue.title, total: desk.overdue.total, urgent: true },
    { id: "in-scadenza", label: s.dueSoon.title, total: desk.dueSoon.total },
    { id: "in-attesa", label: s.waiting.title, total: desk.waiting.total },
    { id: "isee", label: s.isee.title, total: desk.isee.total },
    { id: "erogazioni", label: s.benefits.title, total: desk.benefitsEnding.total },
  ];
  if (desk.instalmentsDue)
    summary.push({ id: "rate", label: s.instalments.title, total: desk.instalmentsDue.count });
  const { today, cases, reviews } = desk.caseload;
  if (today)
    summary.unshift({ id: "oggi", label: t.calendar.desk.today.title, total: today.length });
  if (cases)
    summary.push({ id: "cartelle", label: t.calendar.desk.cases.title, total: cases.total });
  if (reviews)
    summary.push({
      id: "verifiche",
      label: t.calendar.desk.reviews.title,
      total: reviews.total,
      urgent: true,
    });
  if (desk.bandi) summary.push({ id: "bandi", label: s.bandi.title, total: desk.bandi.total });

  return (
    <>
      {desk.detail ? null : <p className="mb-4">{t.desk.countsOnly}</p>}
      <DeskSummary items={summary} />
      <div className="grid gap-4 lg:grid-cols-2">
        <CaseloadSections caseload={desk.caseload} />
        <DeskSection
          id="scaduti"
          title={s.overdue.title}
          hint={s.overdue.hint}
          empty={s.overdue.empty}
          total={desk.overdue.total}
          shown={desk.overdue.rows.length}
          urgent
          {...common}
        >
          <OverdueRows rows={desk.overdue.rows} />
        </DeskSection>
        <DeskSection
          id="in-scadenza"
          title={s.dueSoon.title}
          hint={s.dueSoon.hint}
          empty={s.dueSoon.empty}
          total={desk.dueSoon.total}
          shown={desk.dueSoon.rows.length}
          {...common}
        >
          <DueSoonRows rows={desk.dueSoon.rows} />
        </DeskSection>
        <DeskSection
          id="in-attesa"
          title={s.waiting.title}
          hint={s.waiting.hint}
          empty={s.waiting.empty}
          total={desk.waiting.total}
          shown={desk.waiting.rows.length}
          {...common}
        >
          <WaitingRows rows={desk.waiting.rows} />
        </DeskSection>
        <DeskSection
          id="isee"
          title={s.isee.title}
          hint={s.isee.hint}
          empty={s.isee.empty}
          total={desk.isee.total}
          shown={desk.isee.rows.length}
          {...common}
        >
          <IseeRows rows={desk.isee.rows} />
        </DeskSection>
        <DeskSection
          id="erogazioni"
          title={s.benefits.title}
          hint={s.benefits.hint}
          empty={s.benefits.empty}
          total={desk.benefitsEnding.total}
          shown={desk.benefitsEnding.rows.length}
          {...common}
        >
          <BenefitRows rows={desk.benefitsEnding.rows} />
        </DeskSection>
        {desk.instalmentsDue ? <InstalmentsDue due={desk.instalmentsDue} /> : null}
        {desk.bandi ? (
          <DeskSection
            id="bandi"
            title={s.bandi.title}
            hint={s.bandi.hint}
            empty={s.bandi.empty}
            total={desk.bandi.total}
            shown={desk.bandi.rows.length}
            {...common}
          >
            <BandoRows rows={desk.bandi.rows} />
          </DeskSection>
        ) : null}
      </div>
    </>
  );
}
