"use client";

import { errors } from "@/lib/i18n/it/errors";

const t = { errors };

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="contenuto" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="mb-4 text-3xl font-bold text-primary-darker">{t.errors.unexpected.title}</h1>
      <p>{t.errors.unexpected.body}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-primary px-4 py-2 font-semibold text-white"
      >
        {t.errors.unexpected.retry}
      </button>
    </main>
  );
}
