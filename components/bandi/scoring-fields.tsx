"use client";

import { type UseFormReturn, useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { DISABILITY_CODES, DISABILITY_REQUIREMENT_LABELS } from "@/lib/domain/eligibility";
import { bandi } from "@/lib/i18n/it/bandi";
import type { BandoFormValues } from "@/lib/validation/bando-form";
import { errorAt, Group, ListError, RuleToggle, Section } from "./form-parts";

const t = { bandi };

const copy = t.bandi.form.scoring;

const pointsInput = { type: "number", inputMode: "decimal", step: "0.5", min: 0 } as const;

/** The scoring rules of the ranking, one switch each. */
export function ScoringFields({
  form,
  disabled,
}: {
  form: UseFormReturn<BandoFormValues>;
  disabled: boolean;
}) {
  const { register, watch, formState, control } = form;
  const errors = formState.errors;
  const s = watch("scoring");
  const iseeBands = useFieldArray({ control, name: "scoring.isee_band.bands" });
  const ageBands = useFieldArray({ control, name: "scoring.age.bands" });
  return (
    <Section title={t.bandi.form.sections.scoring} intro={copy.intro} disabled={disabled}>
      <ListError error={errorAt(errors, "scoring")} />
      <RuleToggle
        label={copy.isee_band}
        enabled={s.isee_band.enabled}
        checkbox={register("scoring.isee_band.enabled")}
      >
        <ListError error={errorAt(errors, "scoring.isee_band.bands")} />
        {iseeBands.fields.map((f, i) => (
          <div key={f.id} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
            <TextField
              label={copy.bandUpTo(i + 1)}
              type="number"
              inputMode="decimal"
              step="0.01"
              min={0}
              error={errorAt(errors, `scoring.isee_band.bands.${i}.upTo`)}
              {...register(`scoring.isee_band.bands.${i}.upTo`)}
            />
            <TextField
              label={copy.bandPoints(i + 1)}
              {...pointsInput}
              error={errorAt(errors, `scoring.isee_band.bands.${i}.points`)}
              {...register(`scoring.isee_band.bands.${i}.points`)}
            />
            <Button type="button" variant="ghost" size="sm" onClick={() => iseeBands.remove(i)}>
              {copy.removeBand(i + 1)}
            </Button>
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => iseeBands.append({ upTo: "", points: "" })}
        >
          {copy.addBand}
        </Button>
      </RuleToggle>

      <RuleToggle
        label={copy.household}
        enabled={s.household.enabled}
        checkbox={register("scoring.household.enabled")}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={copy.perMember}
            required
            {...pointsInput}
            error={errorAt(errors, "scoring.household.perMember")}
            {...register("scoring.household.perMember")}
          />
          <TextField
            label={copy.householdMax}
            {...pointsInput}
            error={errorAt(errors, "scoring.household.max")}
            {...register("scoring.household.max")}
          />
        </div>
      </RuleToggle>

      <RuleToggle
        label={copy.disability}
        enabled={s.disability.enabled}
        checkbox={register("scoring.disability.enabled")}
      >
        <Group
          legend={copy.disabilityLegend}
          hint={copy.disabilityHint}
          error={errorAt(errors, "scoring.disability.points")}
        >
          <div className="grid gap-3 sm:grid-cols-3">
            {DISABILITY_CODES.map((c) => (
              <TextField
                key={c}
                label={copy.disabilityPoints(DISABILITY_REQUIREMENT_LABELS[c])}
                {...pointsInput}
                error={errorAt(errors, `scoring.disability.points.${c}`)}
                {...register(`scoring.disability.points.${c}`)}
              />
            ))}
          </div>
        </Group>
      </RuleToggle>

      <RuleToggle
        label={copy.lives_alone}
        enabled={s.lives_alone.enabled}
        checkbox={register("scoring.lives_alone.enabled")}
      >
        <div className="max-w-xs">
          <TextField
            label={copy.livesAlonePoints}
            required
            {...pointsInput}
            error={errorAt(errors, "scoring.lives_alone.points")}
            {...register("scoring.lives_alone.points")}
          />
        </div>
      </RuleToggle>

      <RuleToggle
        label={copy.age}
        enabled={s.age.enabled}
        checkbox={register("scoring.age.enabled")}
      >
        <ListError error={errorAt(errors, "scoring.age.bands")} />
        {ageBands.fields.map((f, i) => (
          <div key={f.id} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
            <TextField
              label={copy.ageFrom(i + 1)}
              type="number"
              inputMode="numeric"
              min={0}
              max={120}
              error={errorAt(errors, `scoring.age.bands.${i}.from`)}
              {...register(`scoring.age.bands.${i}.from`)}
            />
            <TextField
              label={copy.agePoints(i + 1)}
              {...pointsInput}
              error={errorAt(errors, `scoring.age.bands.${i}.points`)}
              {...register(`scoring.age.bands.${i}.points`)}
            />
            <Button type="button" variant="ghost" size="sm" onClick={() => ageBands.remove(i)}>
              {copy.removeBand(i + 1)}
            </Button>
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => ageBands.append({ from: "", points: "" })}
        >
          {copy.addBand}
        </Button>
      </RuleToggle>

      <RuleToggle
        label={copy.assessment}
        enabled={s.assessment.enabled}
        checkbox={register("scoring.assessment.enabled")}
      >
        <div className="max-w-xs">
          <TextField
            label={copy.assessmentMax}
            required
            {...pointsInput}
            error={errorAt(errors, "scoring.assessment.max")}
            {...register("scoring.assessment.max")}
          />
        </div>
      </RuleToggle>
    </Section>
  );
}
