import { Card, DataList } from "@/components/ui/card";
import type { LivingConditionsView } from "@/lib/data/person-facts";
import { formatDateTime } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { ConditionsForm } from "./conditions-form";

const m = t.personFacts.conditions;

function yesNo(value: boolean | null): string {
  return value === null ? m.unknown : value ? m.yes : m.no;
}

/** Household and living conditions, with their form for who may change them. */
export function ConditionsCard({
  personId,
  conditions,
  fromHousehold,
  canWrite,
}: {
  personId: string;
  conditions: LivingConditionsView;
  /** The household size the registered nucleo gives (the person and its members). */
  fromHousehold?: number;
  canWrite: boolean;
}) {
  const { aggiornateIl, ...current } = conditions;
  return (
    <Card title={m.title}>
      <p className="mb-3 text-sm text-muted">{m.intro}</p>
      <div data-testid="living-conditions">
        <DataList
          items={[
            [
              m.household,
              current.componentiNucleo === null
                ? m.unknown
                : m.householdOf(current.componentiNucleo),
            ],
            [m.livesAlone, yesNo(current.viveSolo)],
            [m.atHome, yesNo(current.alDomicilio)],
            [m.updatedOn, aggiornateIl ? formatDateTime(aggiornateIl) : t.common.missing],
          ]}
        />
      </div>
      {fromHousehold !== undefined ? (
        <p className="mt-2 text-sm text-muted" data-testid="household-prefill">
          {t.plans.conditionsFromHousehold(fromHousehold)}
        </p>
      ) : null}
      {canWrite ? (
        <ConditionsForm personId={personId} current={current} fromHousehold={fromHousehold} />
      ) : null}
    </Card>
  );
}
