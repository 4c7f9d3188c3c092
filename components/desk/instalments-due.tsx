import Link from "next/link";
import type { Desk } from "@/lib/data/desk";
import { formatEuro } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { DeskSection } from "./desk-section";

/** The coordinator's: how many instalments wait to be paid, and how much they come to. */
export function InstalmentsDue({ due }: { due: NonNullable<Desk["instalmentsDue"]> }) {
  const s = t.desk.sections.instalments;
  return (
    <DeskSection
      id="rate"
      title={s.title}
      hint={s.hint}
      total={due.count}
      shown={0}
      detail={false}
      empty={s.empty}
      body={
        <>
          <p className="mb-2 font-semibold" data-testid="instalments-sum">
            {s.body(due.count, formatEuro(due.sum))}
          </p>
          <Link className="text-primary underline" href="/richieste?stato=in_erogazione">
            {s.link}
          </Link>
        </>
      }
    />
  );
}
