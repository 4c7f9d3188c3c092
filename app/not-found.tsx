import Link from "next/link";

export default function NotFound() {
  return (
    <main id="contenuto" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="mb-4 text-3xl font-bold text-primary-darker">Pagina non trovata</h1>
      <p data-testid="not-found">
        La pagina o la scheda che cerchi non esiste, oppure non hai i permessi per vederla.
      </p>
      <p className="mt-6">
        <Link href="/scrivania" className="text-primary underline">
          Torna alla scrivania
        </Link>
      </p>
    </main>
  );
}
