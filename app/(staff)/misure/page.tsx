import type { Metadata } from "next";
import { ListExportLinks } from "@/components/dashboard/list-export-links";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { listMeasures } from "@/lib/data/measures";
import { AREA_LABELS, AREA_UTENZA_LABELS, AREAS, MEASURE_KIND_LABELS } from "@/lib/domain/areas";
import { formatEuro } from "@/lib/domain/format";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.catalogue.title };

export default async function MisurePage() {
  const actor = await requireActor();
  const measures = await orNotFound(listMeasures(db(), actor));
  return (
    <>
      <PageHeader title={t.catalogue.title} description={t.catalogue.description} />
      <ListExportLinks list="misure" title={t.catalogue.title} />
      <div className="space-y-8">
        {AREAS.map((area) => {
          const inArea = measures.filter((m) => m.area === area);
          if (inArea.length === 0) return null;
          return (
            <section key={area} aria-labelledby={`area-${area}`}>
              <h2 id={`area-${area}`} className="mb-3 text-2xl font-bold text-primary-darker">
                {AREA_LABELS[area]}
              </h2>
              <ul className="grid gap-4 md:grid-cols-2">
                {inArea.map((m) => (
                  <li key={m.id} className="rounded border border-line p-4">
                    <p className="text-lg font-semibold">{m.nome}</p>
                    <p className="text-sm text-muted">
                      {MEASURE_KIND_LABELS[m.tipo]} · {t.catalogue.siussCode(m.codiceSiuss)} ·{" "}
                      {AREA_UTENZA_LABELS[m.areaUtenza]}
                      {m.importoMensile
                        ? ` · ${t.catalogue.perMonth(formatEuro(m.importoMensile))}`
                        : ""}
                      {m.attiva ? "" : ` · ${t.catalogue.inactive}`}
                    </p>
                    <p className="mt-2">{m.descrizione}</p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
