"use client";

import { type UseFormReturn, useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { bandi } from "@/lib/i18n/it/bandi";
import type { BandoFormValues } from "@/lib/validation/bando-form";
import { Choice, errorAt, Group, ListError, Section } from "./form-parts";

const t = { bandi };

const copy = t.bandi.form.amounts;

/** Monthly amount × months, or tiers by ISEE band; hours a month for vouchers. */
export function AmountsFields({
  form,
  showHours,
}: {
  form: UseFormReturn<BandoFormValues>;
  showHours: boolean;
}) {
  const { register, watch, formState, control } = form;
  const errors = formState.errors;
  const kind = watch("amounts.kind");
  const tiers = useFieldArray({ control, name: "amounts.tiers" });
  return (
    <Section title={t.bandi.form.sections.amounts}>
      <Group legend={copy.legend}>
        <Choice type="radio" value="unico" label={copy.unico} {...register("amounts.kind")} />
        <Choice type="radio" value="fasce" label={copy.fasce} {...register("amounts.kind")} />
        <Choice type="radio" value="nessuno" label={copy.nessuno} {...register("amounts.kind")} />
      </Group>
      {kind === "fasce" ? (
        <div className="space-y-3" data-testid="amount-tiers">
          <p className="text-sm text-muted">{copy.tiersHint}</p>
          <ListError error={errorAt(errors, "amounts.tiers")} />
          {tiers.fields.map((field, i) => (
            <div key={field.id} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
              <TextField
                label={copy.tierIseeFino(i + 1)}
                type="number"
                inputMode="decimal"
                step="0.01"
                min={0}
                error={errorAt(errors, `amounts.tiers.${i}.iseeFino`)}
                {...register(`amounts.tiers.${i}.iseeFino`)}
              />
              <TextField
                label={copy.tierImporto(i + 1)}
                type="number"
                inputMode="decimal"
                step="0.01"
                min={0}
                error={errorAt(errors, `amounts.tiers.${i}.importoMensile`)}
                {...register(`amounts.tiers.${i}.importoMensile`)}
              />
              <Button type="button" variant="ghost" size="sm" onClick={() => tiers.remove(i)}>
                {copy.removeTier(i + 1)}
              </Button>
            </div>
          ))}
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onClick={() => tiers.append({ iseeFino: "", importoMensile: "" })}
          >
            {copy.addTier}
          </Button>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        {kind === "unico" ? (
          <TextField
            label={copy.importoMensile}
            required
            type="number"
            inputMode="decimal"
            step="0.01"
            min={0}
            error={errorAt(errors, "amounts.importoMensile")}
            {...register("amounts.importoMensile")}
          />
        ) : null}
        <TextField
          label={copy.mesi}
          required={kind !== "nessuno"}
          hint={copy.mesiHint}
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          error={errorAt(errors, "amounts.mesi")}
          {...register("amounts.mesi")}
        />
        {showHours ? (
          <TextField
            label={copy.oreMensili}
            hint={copy.oreHint}
            type="number"
            inputMode="decimal"
            step="0.5"
            min={0}
            error={errorAt(errors, "amounts.oreMensili")}
            {...register("amounts.oreMensili")}
          />
        ) : null}
      </div>
    </Section>
  );
}
