import { t } from "@/lib/i18n";
import { ExportLinks } from "./export-links";

const E = t.dashboard.export;

/** The pseudonymised statistical export for the Region, with the page's filters. */
export function RegionExport({ query }: { query: string }) {
  return (
    <section
      aria-labelledby="export-regione"
      className="mt-8 rounded border border-line bg-surface p-4"
    >
      <h2 id="export-regione" className="text-xl font-bold text-primary-darker">
        {E.region}
      </h2>
      <p className="mt-1 text-sm">{E.regionHint}</p>
      <ExportLinks title={E.region} href={(f) => `/cruscotto/regione?formato=${f}&${query}`} />
    </section>
  );
}
