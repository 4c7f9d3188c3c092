"use client";

import { type UseFormReturn, useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import {
  DISABILITY_CODES,
  DISABILITY_REQUIREMENT_LABELS,
  ISEE_KIND_LABELS,
  ISEE_KINDS,
} from "@/lib/domain/eligibility";
import { bandi } from "@/lib/i18n/it/bandi";
import type { BandoFormValues } from "@/lib/validation/bando-form";
import { Choice, errorAt, Group, ListError, RuleToggle, Section } from "./form-parts";

const t = { bandi };

const copy = t.bandi.form.eligibility;

type Option = { id: string; nome: string };

/** A code for a new declaration, unlike those already there; it never changes afterwards. */
function newDeclarationId(taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`dichiarazione-${n}`)) n++;
  return `dichiarazione-${n}`;
}

/** The eligibility rules, one switch each, with their settings. */
export function EligibilityFields({
  form,
  comuni,
  measures,
  disabled,
}: {
  form: UseFormReturn<BandoFormValues>;
  comuni: Option[];
  measures: Option[];
  disabled: boolean;
}) {
  const { register, watch, formState, control, getValues } = form;
  const errors = formState.errors;
  const e = watch("eligibility");
  const declarations = useFieldArray({ control, name: "eligibility.declarations", keyName: "key" });
  return (
    <Section title={t.bandi.form.sections.eligibility} intro={copy.intro} disabled={disabled}>
      <RuleToggle
        label={copy.isee}
        enabled={e.isee.enabled}
        checkbox={register("eligibility.isee.enabled")}
      >
        <Group legend={copy.iseeKinds} error={errorAt(errors, "eligibility.isee.kinds")}>
          <div className="grid gap-1 sm:grid-cols-3">
            {ISEE_KINDS.map((k) => (
              <Choice
                key={k}
                type="checkbox"
                value={k}
                label={ISEE_KIND_LABELS[k]}
                {...register("eligibility.isee.kinds")}
              />
            ))}
          </div>
        </Group>
        <div className="max-w-xs">
          <TextField
            label={copy.iseeMax}
            required
            type="number"
            inputMode="decimal"
            step="0.01"
            min={0}
            error={errorAt(errors, "eligibility.isee.max")}
            {...register("eligibility.isee.max")}
          />
        </div>
        <Choice type="checkbox" label={copy.iseeMinors} {...register("eligibility.isee.minors")} />
        {e.isee.minors ? (
          <>
            <Group
              legend={copy.iseeMinorsKinds}
              error={errorAt(errors, "eligibility.isee.minorsKinds")}
            >
              <div className="grid gap-1 sm:grid-cols-3">
                {ISEE_KINDS.map((k) => (
                  <Choice
                    key={k}
                    type="checkbox"
                    value={k}
                    label={ISEE_KIND_LABELS[k]}
                    {...register("eligibility.isee.minorsKinds")}
                  />
                ))}
              </div>
            </Group>
            <div className="max-w-xs">
              <TextField
                label={copy.iseeMinorsMax}
                required
                type="number"
                inputMode="decimal"
                step="0.01"
                min={0}
                error={errorAt(errors, "eligibility.isee.minorsMax")}
                {...register("eligibility.isee.minorsMax")}
              />
            </div>
          </>
        ) : null}
      </RuleToggle>

      <RuleToggle
        label={copy.iseeValid}
        enabled={e.isee_valid.enabled}
        checkbox={register("eligibility.isee_valid.enabled")}
      />

      <RuleToggle
        label={copy.residence}
        enabled={e.residence.enabled}
        checkbox={register("eligibility.residence.enabled")}
      >
        <Group legend={copy.residenceWhere}>
          <Choice
            type="radio"
            name="eligibility.residence.listed"
            label={copy.residenceAmbito}
            checked={!e.residence.listed}
            onChange={() => form.setValue("eligibility.residence.listed", false)}
          />
          <Choice
            type="radio"
            name="eligibility.residence.listed"
            label={copy.residenceListed}
            checked={e.residence.listed}
            onChange={() => form.setValue("eligibility.residence.listed", true)}
          />
        </Group>
        {e.residence.listed ? (
          <Group
            legend={copy.residenceComuni}
            error={errorAt(errors, "eligibility.residence.comuni")}
          >
            <div className="grid gap-1 sm:grid-cols-3">
              {comuni.map((c) => (
                <Choice
                  key={c.id}
                  type="checkbox"
                  value={c.id}
                  label={c.nome}
                  {...register("eligibility.residence.comuni")}
                />
              ))}
            </div>
          </Group>
        ) : null}
      </RuleToggle>

      <RuleToggle
        label={copy.age}
        enabled={e.age.enabled}
        checkbox={register("eligibility.age.enabled")}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={copy.ageMin}
            type="number"
            inputMode="numeric"
            min={0}
            max={120}
            error={errorAt(errors, "eligibility.age.min")}
            {...register("eligibility.age.min")}
          />
          <TextField
            label={copy.ageMax}
            hint={copy.ageMaxHint}
            type="number"
            inputMode="numeric"
            min={0}
            max={120}
            error={errorAt(errors, "eligibility.age.max")}
            {...register("eligibility.age.max")}
          />
        </div>
        <Group legend={copy.ageOn}>
          <Choice
            type="radio"
            value="application"
            label={copy.ageOnApplication}
            {...register("eligibility.age.on")}
          />
          <Choice
            type="radio"
            value="date"
            label={copy.ageOnDate}
            {...register("eligibility.age.on")}
          />
        </Group>
        {e.age.on === "date" ? (
          <div className="max-w-xs">
            <TextField
              label={copy.ageDate}
              type="date"
              required
              error={errorAt(errors, "eligibility.age.onDate")}
              {...register("eligibility.age.onDate")}
            />
          </div>
        ) : null}
      </RuleToggle>

      <RuleToggle
        label={copy.disability}
        enabled={e.disability.enabled}
        checkbox={register("eligibility.disability.enabled")}
      >
        <Group
          legend={copy.disabilityLegend}
          error={errorAt(errors, "eligibility.disability.anyOf")}
        >
          <div className="grid gap-1 sm:grid-cols-2">
            {DISABILITY_CODES.map((c) => (
              <Choice
                key={c}
                type="checkbox"
                value={c}
                label={DISABILITY_REQUIREMENT_LABELS[c]}
                {...register("eligibility.disability.anyOf")}
              />
            ))}
          </div>
        </Group>
      </RuleToggle>

      <RuleToggle
        label={copy.atHome}
        enabled={e.at_home.enabled}
        checkbox={register("eligibility.at_home.enabled")}
      />

      <RuleToggle
        label={copy.notReceiving}
        enabled={e.not_receiving.enabled}
        checkbox={register("eligibility.not_receiving.enabled")}
      >
        <Group
          legend={copy.notReceivingLegend}
          error={errorAt(errors, "eligibility.not_receiving.measureIds")}
        >
          <div className="grid gap-1 sm:grid-cols-2">
            {measures.map((m) => (
              <Choice
                key={m.id}
                type="checkbox"
                value={m.id}
                label={m.nome}
                {...register("eligibility.not_receiving.measureIds")}
              />
            ))}
          </div>
        </Group>
      </RuleToggle>

      <div className="space-y-3 rounded border border-line/70 p-3" data-testid="declarations">
        <p className="font-semibold">{copy.declarations}</p>
        <p className="text-sm text-muted">{copy.declarationsHint}</p>
        <ListError error={errorAt(errors, "eligibility.declarations")} />
        {declarations.fields.map((d, i) => (
          <div key={d.key} className="grid items-end gap-3 sm:grid-cols-[1fr_auto]">
            <TextAreaField
              label={copy.declarationText(i + 1)}
              required
              className="min-h-16"
              maxLength={500}
              error={
                errorAt(errors, `eligibility.declarations.${i}.text`) ??
                errorAt(errors, `eligibility.declarations.${i}.id`)
              }
              {...register(`eligibility.declarations.${i}.text`)}
            />
            <Button type="button" variant="ghost" size="sm" onClick={() => declarations.remove(i)}>
              {copy.removeDeclaration(i + 1)}
            </Button>
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() =>
            declarations.append({
              id: newDeclarationId(getValues("eligibility.declarations").map((x) => x.id)),
              text: "",
            })
          }
        >
          {copy.addDeclaration}
        </Button>
      </div>
    </Section>
  );
}
