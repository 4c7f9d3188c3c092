import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { RankingActions } from "./ranking-actions";
import { RankingTable, type RankingTableRow } from "./ranking-table";

type Props = {
  bandoId: string;
  modalita: "ordine_arrivo" | "graduatoria";
  /** Whether applications are still accepted today. */
  windowOpen: boolean;
  graduatoriaIl: Date | null;
  pubblicataIl: Date | null;
  rows: RankingTableRow[];
  canManage: boolean;
};

/** The graduatoria section of a bando's page: state, the coordinator's steps, the table. */
export function RankingPanel(p: Props) {
  const s = t.ranking;
  const steps = [
    ...(p.canManage && p.windowOpen ? (["close"] as const) : []),
    ...(p.canManage && p.modalita === "graduatoria" && !p.windowOpen && !p.graduatoriaIl
      ? (["produce"] as const)
      : []),
    ...(p.canManage && p.graduatoriaIl ? (["advance", "publish"] as const) : []),
  ];
  return (
    <Card title={s.title}>
      <div className="space-y-4" data-testid="ranking-panel">
        <p>
          {p.modalita === "ordine_arrivo"
            ? s.firstCome
            : p.graduatoriaIl
              ? s.producedOn(formatDateTime(p.graduatoriaIl))
              : p.windowOpen
                ? s.windowOpen
                : s.notYet}{" "}
          {p.pubblicataIl ? s.publishedOn(formatDateTime(p.pubblicataIl)) : null}
        </p>
        {steps.length ? (
          <RankingActions
            bandoId={p.bandoId}
            steps={[...steps]}
            published={Boolean(p.pubblicataIl)}
          />
        ) : null}
        {p.graduatoriaIl ? (
          <>
            <RankingTable rows={p.rows} />
            <p className="flex flex-wrap gap-4">
              <Link href={`/bandi/${p.bandoId}/graduatoria`} className="text-primary underline">
                {s.actions.print}
              </Link>
              <a
                href={`/api/v1/bandi/${p.bandoId}/ranking?format=csv`}
                className="text-primary underline"
                download
              >
                {s.actions.csv}
              </a>
              {p.pubblicataIl ? (
                <Link href={`/graduatorie/${p.bandoId}`} className="text-primary underline">
                  {s.actions.publicPage}
                </Link>
              ) : null}
            </p>
          </>
        ) : null}
      </div>
    </Card>
  );
}
