"use client";

import { type UseFormReturn, useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { AREA_LABELS, AREAS } from "@/lib/domain/areas";
import { formatEuro } from "@/lib/domain/format";
import { bandi } from "@/lib/i18n/it/bandi";
import type { BandoFormValues } from "@/lib/validation/bando-form";
import { errorAt, ListError, Section } from "./form-parts";

const t = { bandi };

const copy = t.bandi.form.budget;

/** The budget lines: all the bando's money, or split by comune and/or area. */
export function BudgetFields({
  form,
  comuni,
}: {
  form: UseFormReturn<BandoFormValues>;
  comuni: { id: string; nome: string }[];
}) {
  const { register, formState, control } = form;
  const errors = formState.errors;
  const lines = useFieldArray({ control, name: "budget", keyName: "key" });
  return (
    <Section title={t.bandi.form.sections.budget} intro={copy.hint}>
      <ListError error={errorAt(errors, "budget")} />
      <ol className="space-y-4" data-testid="budget-lines">
        {lines.fields.map((line, i) => {
          const committed = Number(line.impegnato) > 0;
          return (
            <li key={line.key} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_1fr_auto]">
              <SelectField
                label={copy.comune(i + 1)}
                error={errorAt(errors, `budget.${i}.comuneId`)}
                {...register(`budget.${i}.comuneId`)}
              >
                <option value="">{copy.allComuni}</option>
                {comuni.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.nome}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={copy.area(i + 1)}
                error={errorAt(errors, `budget.${i}.area`)}
                {...register(`budget.${i}.area`)}
              >
                <option value="">{copy.allAree}</option>
                {AREAS.map((a) => (
                  <option key={a} value={a}>
                    {AREA_LABELS[a]}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={copy.stanziato(i + 1)}
                required
                type="number"
                inputMode="decimal"
                step="0.01"
                min={committed ? Number(line.impegnato) : 0}
                hint={committed ? copy.committed(formatEuro(line.impegnato)) : undefined}
                error={errorAt(errors, `budget.${i}.stanziato`)}
                {...register(`budget.${i}.stanziato`)}
              />
              <Button
                type="button"
                variant="ghost"
                size="sm"
                disabled={committed || lines.fields.length === 1}
                title={committed ? copy.cannotRemove : undefined}
                onClick={() => lines.remove(i)}
              >
                {copy.remove(i + 1)}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button
        type="button"
        variant="secondary"
        size="sm"
        onClick={() =>
          lines.append({ id: "", comuneId: "", area: "", stanziato: "", impegnato: "0" })
        }
      >
        {copy.add}
      </Button>
    </Section>
  );
}
