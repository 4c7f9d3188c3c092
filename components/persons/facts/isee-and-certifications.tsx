import type { PersonFacts } from "@/lib/data/person-facts";
import { t } from "@/lib/i18n";
import { DisabilitiesCard } from "./disabilities-card";
import { IseeCard } from "./isee-card";

/** The section of the person's record with ISEE attestations and disability certifications. */
export function IseeAndCertifications({
  facts,
  canWrite,
}: {
  facts: PersonFacts;
  canWrite: boolean;
}) {
  return (
    <section className="mt-8 space-y-6" aria-labelledby="isee-e-certificazioni">
      <h2 id="isee-e-certificazioni" className="text-2xl font-bold text-primary-darker">
        {t.personFacts.section.title}
      </h2>
      <IseeCard personId={facts.personId} rows={facts.isee} canWrite={canWrite} />
      <DisabilitiesCard personId={facts.personId} rows={facts.disabilities} canWrite={canWrite} />
    </section>
  );
}
