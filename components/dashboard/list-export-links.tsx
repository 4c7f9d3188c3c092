import { t } from "@/lib/i18n";
import { ExportLinks } from "./export-links";

/** CSV/XLSX links for a staff list, carrying the list's current filters. */
export function ListExportLinks({
  list,
  title,
  params = {},
}: {
  list: string;
  title: string;
  params?: Record<string, string | undefined>;
}) {
  const qs = new URLSearchParams(
    Object.entries(params).filter(
      (e): e is [string, string] => Boolean(e[1]) && e[0] !== "after" && e[0] !== "before",
    ),
  ).toString();
  return (
    <nav aria-label={t.dashboard.export.listLabel} className="mb-2">
      <ExportLinks
        title={title}
        href={(f) => `/esporta/${list}?formato=${f}${qs ? `&${qs}` : ""}`}
      />
    </nav>
  );
}
