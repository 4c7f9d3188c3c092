import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import type { CaseHeader } from "@/lib/data/cases";
import { AREA_LABELS } from "@/lib/domain/areas";
import { formatDate } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { CaseStatusBadge } from "./case-status-badge";

export function CaseHeaderView({ header }: { header: CaseHeader }) {
  return (
    <PageHeader
      title={`${header.person.cognome} ${header.person.nome}`}
      description={
        <>
          {t.cases.areaTitle(AREA_LABELS[header.area])} · {header.comune} ·{" "}
          {t.cases.bornOn(formatDate(header.person.dataNascita))} ·{" "}
          <CaseStatusBadge stato={header.stato} /> · {t.cases.referente}:{" "}
          {header.referente ?? t.cases.noReferente} ·{" "}
          <Link href={`/persone/${header.person.id}`} className="text-primary underline">
            {t.cases.backToPerson}
          </Link>
        </>
      }
    />
  );
}
