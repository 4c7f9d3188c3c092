"use client";

import type { UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import { bandi } from "@/lib/i18n/it/bandi";
import type { BandoFormValues } from "@/lib/validation/bando-form";
import { Choice, errorAt, RuleToggle, Section } from "./form-parts";

const t = { bandi };

const copy = t.bandi.form.copayment;

const FIELDS = [
  ["iseeMin", copy.iseeMin],
  ["iseeMax", copy.iseeMax],
  ["tMin", copy.tMin],
  ["tMax", copy.tMax],
] as const;

/** The co-payment band of a service: linear between an ISEE floor and ceiling. */
export function CopaymentFields({ form }: { form: UseFormReturn<BandoFormValues> }) {
  const { register, watch, formState } = form;
  const errors = formState.errors;
  return (
    <Section title={t.bandi.form.sections.copayment} intro={copy.hint}>
      <RuleToggle
        label={copy.enabled}
        enabled={watch("copayment.enabled")}
        checkbox={register("copayment.enabled")}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          {FIELDS.map(([name, label]) => (
            <TextField
              key={name}
              label={label}
              required
              type="number"
              inputMode="decimal"
              step="0.01"
              min={0}
              error={errorAt(errors, `copayment.${name}`)}
              {...register(`copayment.${name}`)}
            />
          ))}
        </div>
        <Choice type="checkbox" label={copy.exempt} {...register("copayment.exemptBelowMin")} />
      </RuleToggle>
    </Section>
  );
}
