import { formatDate } from "@/lib/domain/format";
import { portalCopy } from "@/lib/i18n/portal";
import { cachedDocuments, portalAmbito } from "@/lib/portal/cached";
import { documentPath, type Locale } from "@/lib/portal/routes";
import { PortalFrame } from "./portal-frame";

function size(bytes: number, locale: Locale): string {
  const kb = bytes / 1024;
  const fmt = new Intl.NumberFormat(locale === "en" ? "en-GB" : "it-IT", {
    maximumFractionDigits: 1,
  });
  return kb < 1024 ? `${fmt.format(kb)} KB` : `${fmt.format(kb / 1024)} MB`;
}

/** The official documents the administrator published, to download. */
export async function DocumentsView({ locale }: { locale: Locale }) {
  const c = portalCopy(locale).portal;
  const ambito = await portalAmbito();
  const docs = await cachedDocuments(ambito.id);
  return (
    <PortalFrame
      locale={locale}
      page="documents"
      title={c.pages.documents.title}
      lead={c.documents.intro}
    >
      {docs.length ? (
        <ul className="grid gap-4 md:grid-cols-2">
          {docs.map((d) => (
            <li key={d.id}>
              <article
                className="flex h-full flex-col rounded border border-line p-5 shadow-sm"
                data-testid="official-document"
              >
                <h2 className="text-xl font-bold text-primary-darker">{d.titolo}</h2>
                {d.dataAtto ? (
                  <p className="text-muted">{c.documents.date(formatDate(d.dataAtto))}</p>
                ) : null}
                {d.descrizione ? <p className="mt-2">{d.descrizione}</p> : null}
                <p className="mt-auto pt-4">
                  <a
                    href={documentPath(d.id)}
                    className="font-semibold text-primary underline"
                    hrefLang="it"
                    type="application/pdf"
                  >
                    {c.documents.download(d.titolo, size(d.dimensione, locale))}
                  </a>
                </p>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p>{c.documents.empty}</p>
      )}
    </PortalFrame>
  );
}
