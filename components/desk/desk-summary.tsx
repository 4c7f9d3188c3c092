import { cn } from "@/components/ui/cn";
import { t } from "@/lib/i18n";

export type SummaryItem = { id: string; label: string; total: number; urgent?: boolean };

/** The counts at a glance, each a link to its list further down. */
export function DeskSummary({ items }: { items: SummaryItem[] }) {
  return (
    <nav aria-label={t.desk.summaryLabel} className="mb-6">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-[repeat(auto-fit,minmax(9rem,1fr))]">
        {items.map((i) => (
          <li key={i.id}>
            <a
              href={`#${i.id}`}
              data-testid={`summary-${i.id}`}
              className={cn(
                "flex h-full flex-col rounded border bg-white p-3 text-ink no-underline shadow-sm hover:bg-primary-light",
                i.urgent && i.total > 0 ? "border-l-4 border-danger" : "border-line",
              )}
            >
              <span className="text-3xl font-bold tabular-nums">{i.total}</span>
              <span className="text-sm">{i.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
