import { Card, DataList } from "@/components/ui/card";
import type { CaseOverview } from "@/lib/data/cases";
import { t } from "@/lib/i18n";

const m = t.caseOverview.counts;

/** How much each section of the cartella holds; sections the role may not read are left out. */
export function CaseCounts({ counts }: { counts: CaseOverview["counts"] }) {
  const items = (Object.keys(m) as (keyof typeof counts | "title")[])
    .filter((k): k is keyof typeof counts => k !== "title" && counts[k] !== null)
    .map((k) => [m[k], String(counts[k])] as [string, string]);
  if (items.length === 0) return null;
  return (
    <Card title={m.title}>
      <DataList items={items} />
    </Card>
  );
}
