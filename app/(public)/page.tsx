import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { AREA_LABELS, AREAS } from "@/lib/domain/areas";

export default function HomePage() {
  return (
    <>
      <header className="bg-primary text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-6">
          <div>
            <p className="text-sm uppercase tracking-wide">Consorzio Sociale Pavese</p>
            <p className="text-3xl font-bold">Piano di Zona · Distretto di Pavia</p>
          </div>
          <Link
            href="/login"
            className="rounded border border-white px-4 py-2 font-semibold text-white no-underline hover:bg-white hover:text-primary"
          >
            Area operatori
          </Link>
        </div>
      </header>
      <main id="contenuto" className="mx-auto max-w-6xl px-4 py-10">
        <h1 className="mb-4 text-4xl font-bold text-primary-darker">
          Servizi sociali dei 12 comuni del distretto
        </h1>
        <p className="max-w-3xl text-lg">
          Il Piano di Zona (legge 328/2000) è lo strumento con cui i comuni del Distretto di Pavia
          programmano e gestiscono insieme i servizi sociali. L'Ufficio di Piano, presso il
          Consorzio Sociale Pavese, coordina i bandi per i titoli sociali — buoni e voucher — e i
          servizi per le persone e le famiglie.
        </p>
        <h2 className="mt-10 mb-4 text-2xl font-bold text-primary-darker">Aree di intervento</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {AREAS.map((a) => (
            <li key={a} className="rounded border border-line p-4 text-lg font-semibold">
              {AREA_LABELS[a]}
            </li>
          ))}
        </ul>
        <p className="mt-10">
          Per informazioni e per presentare una domanda rivolgiti al servizio sociale del tuo
          comune.
        </p>
        <p className="mt-4">
          <Link href="/login" className={buttonClass()}>
            Accedi come operatore
          </Link>
        </p>
      </main>
    </>
  );
}
