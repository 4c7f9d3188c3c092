import { Card } from "@/components/ui/card";
import type { DisabilityCertificationView } from "@/lib/data/person-facts";
import { DISABILITY_LABELS } from "@/lib/domain/eligibility";
import { formatDate } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { DisabilityForm } from "./disability-form";
import { RemoveCertification } from "./remove-certification";

const m = t.personFacts.disabilities;

/** The person's disability certifications, newest first, removable by who may change them. */
export function DisabilitiesCard({
  personId,
  rows,
  canWrite,
}: {
  personId: string;
  rows: DisabilityCertificationView[];
  canWrite: boolean;
}) {
  return (
    <Card title={m.title} headingLevel={3}>
      {rows.length === 0 ? (
        <p className="text-muted">{m.none}</p>
      ) : (
        <ul className="space-y-2" data-testid="disability-list">
          {rows.map((c) => {
            const label = DISABILITY_LABELS[c.codice];
            const details = [
              m.issuedOn(formatDate(c.dataRilascio)),
              c.ente ? m.by(c.ente) : null,
              c.scadenza ? m.reviewOn(formatDate(c.scadenza)) : null,
            ].filter(Boolean);
            return (
              <li
                key={c.id}
                className="flex flex-wrap items-start justify-between gap-3 rounded border border-line p-3"
                data-testid="disability-item"
              >
                <div>
                  <p className="font-semibold">
                    {label}
                    {c.expired ? (
                      <span className="ml-2 inline-block rounded border border-danger bg-[#fbeaec] px-2 py-0.5 text-sm text-[#8f1f33]">
                        {m.reviewPassed}
                      </span>
                    ) : null}
                  </p>
                  <p className="text-sm text-muted">{details.join(" · ")}</p>
                </div>
                {canWrite ? (
                  <RemoveCertification personId={personId} certId={c.id} label={label} />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {canWrite ? <DisabilityForm personId={personId} /> : null}
    </Card>
  );
}
