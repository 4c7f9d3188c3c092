"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="contenuto" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="mb-4 text-3xl font-bold text-primary-darker">Si è verificato un errore</h1>
      <p>
        Non è stato possibile completare l'operazione. Riprova tra poco; se il problema continua,
        segnalalo all'Ufficio di Piano.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-primary px-4 py-2 font-semibold text-white"
      >
        Riprova
      </button>
    </main>
  );
}
