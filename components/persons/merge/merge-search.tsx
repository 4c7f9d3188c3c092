"use client";

import Link from "next/link";
import { useActionState } from "react";
import { type SearchState, searchPersonsAction } from "@/app/(staff)/persone/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { formatDate } from "@/lib/domain/format";
import { persons } from "@/lib/i18n/it/persons";
import { registry } from "@/lib/i18n/it/registry";

const t = { persons, registry };

/** Finds the other record to merge with; the choice travels as an id, never as a name. */
export function MergeSearch({ selfId }: { selfId: string }) {
  const [state, action, pending] = useActionState<SearchState, FormData>(searchPersonsAction, {
    done: false,
    results: [],
  });
  return (
    <section aria-labelledby="unisci-cerca" className="rounded border border-line bg-surface p-4">
      <h2 id="unisci-cerca" className="mb-2 text-xl font-bold text-primary-darker">
        {t.registry.merge.searchTitle}
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
            <p>{t.persons.search.empty}</p>
          ) : (
            <ul
              className="divide-y divide-line rounded border border-line bg-white"
              data-testid="merge-results"
            >
              {state.results.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center gap-3 px-3 py-2">
                  <span>
                    <span className="font-semibold">
                      {p.cognome} {p.nome}
                    </span>{" "}
                    <span className="text-muted">
                      · {t.persons.search.bornOn(formatDate(p.dataNascita))} · {p.comune}
                    </span>
                  </span>
                  {p.id === selfId ? (
                    <span className="text-muted">{t.registry.merge.sameRecord}</span>
                  ) : (
                    <Link
                      href={`/persone/${selfId}/unisci?con=${p.id}`}
                      className="font-semibold text-primary underline"
                      aria-label={`${t.registry.merge.choose}: ${p.cognome} ${p.nome}`}
                    >
                      {t.registry.merge.choose}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </section>
  );
}
