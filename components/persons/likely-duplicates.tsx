import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { LikelyDuplicates as Candidates } from "@/lib/data/person-registry";
import { formatDate } from "@/lib/domain/format";
import { persons } from "@/lib/i18n/it/persons";
import { registry } from "@/lib/i18n/it/registry";

const t = { persons, registry };

/** Similar records found before registering; of records the worker cannot see, only their number. */
export function LikelyDuplicates({
  candidates,
  onConfirm,
  pending,
}: {
  candidates: Candidates;
  onConfirm: () => void;
  pending: boolean;
}) {
  const sameCf = candidates.visible.some((c) => c.motivo === "cf");
  return (
    <Notice tone="warning" title={t.registry.duplicates.title} testId="likely-duplicates">
      {candidates.visible.length > 0 ? (
        <>
          <p>{t.registry.duplicates.intro}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {candidates.visible.map((c) => (
              <li key={c.id}>
                <Link href={`/persone/${c.id}`} className="font-semibold text-primary underline">
                  {c.cognome} {c.nome}
                </Link>{" "}
                · {t.persons.search.bornOn(formatDate(c.dataNascita))} · {c.comune} (
                {t.registry.duplicates.reason[c.motivo]})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {candidates.hidden > 0 ? (
        <p className="mt-2">
          {t.registry.duplicates.elsewhere(candidates.hidden)} {t.registry.duplicates.elsewhereHint}
        </p>
      ) : null}
      {sameCf ? null : (
        <Button
          type="button"
          variant="secondary"
          className="mt-3"
          onClick={onConfirm}
          disabled={pending}
        >
          {t.registry.duplicates.confirm}
        </Button>
      )}
    </Notice>
  );
}
