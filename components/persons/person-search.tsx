"use client";

import Link from "next/link";
import { useActionState } from "react";
import { type SearchState, searchPersonsAction } from "@/app/(staff)/persone/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { formatDate } from "@/lib/domain/format";
import { persons } from "@/lib/i18n/it/persons";

const t = { persons };

/** The search text goes in a POST body, never in the URL or the browser history. */
export function PersonSearch() {
  const [state, action, pending] = useActionState<SearchState, FormData>(searchPersonsAction, {
    done: false,
    results: [],
  });
  return (
    <section
      aria-labelledby="cerca-titolo"
      className="mb-6 rounded border border-line bg-surface p-4"
    >
      <h2 id="cerca-titolo" className="mb-2 text-xl font-bold text-primary-darker">
        {t.persons.search.title}
      </h2>
      <form action={action} className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField label={t.persons.search.label} name="q" autoComplete="off" maxLength={100} />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t.persons.search.searching : t.persons.search.submit}
        </Button>
      </form>
      <div aria-live="polite" className="mt-3">
        {state.error ? <p className="text-danger">{state.error}</p> : null}
        {state.done && !state.error ? (
          state.results.length === 0 ? (
            <p data-testid="search-empty">{t.persons.search.empty}</p>
          ) : (
            <ul
              className="divide-y divide-line rounded border border-line bg-white"
              data-testid="search-results"
            >
              {state.results.map((p) => (
                <li key={p.id} className="px-3 py-2">
                  <Link href={`/persone/${p.id}`} className="font-semibold text-primary underline">
                    {p.cognome} {p.nome}
                  </Link>{" "}
                  <span className="text-muted">
                    · {t.persons.search.bornOn(formatDate(p.dataNascita))} · {p.comune}
                  </span>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </section>
  );
}
