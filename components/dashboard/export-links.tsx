import { t } from "@/lib/i18n";

/** CSV and XLSX links for a table; `href` builds the URL of a format. Plain links: no JavaScript needed. */
export function ExportLinks({
  title,
  href,
}: {
  title: string;
  href: (format: "csv" | "xlsx") => string;
}) {
  return (
    <p className="mt-2 flex gap-3 text-sm">
      <a
        className="text-primary underline"
        href={href("csv")}
        aria-label={t.dashboard.export.csvLong(title)}
        download
      >
        {t.dashboard.export.csv}
      </a>
      <a
        className="text-primary underline"
        href={href("xlsx")}
        aria-label={t.dashboard.export.xlsxLong(title)}
        download
      >
        {t.dashboard.export.xlsx}
      </a>
    </p>
  );
}
