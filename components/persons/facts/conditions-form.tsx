"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Controller, type FieldPath, useForm } from "react-hook-form";
import { updateLivingConditionsAction } from "@/app/(staff)/persone/[id]/facts-actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { personFacts } from "@/lib/i18n/it/person-facts";
import { plans } from "@/lib/i18n/it/plans";
import type { LivingConditions } from "@/lib/validation/person-facts";
import { TriStateField } from "./tri-state-field";

const livingConditionsResolver = lazyZodResolver(() =>
  import("@/lib/validation/person-facts").then((m) => m.LivingConditionsSchema),
);

const t = { personFacts, plans };

const FIELDS = ["componentiNucleo", "viveSolo", "alDomicilio"] as const;

/** Household size, living alone, living at home: each may also be "not known". */
export function ConditionsForm({
  personId,
  current,
  fromHousehold,
}: {
  personId: string;
  current: LivingConditions;
  /** Prefills an unknown household size from the registered nucleo. */
  fromHousehold?: number;
}) {
  const m = t.personFacts.conditions;
  const router = useRouter();
  const details = useRef<HTMLDetailsElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<LivingConditions>({
    resolver: livingConditionsResolver,
    // Checked on submit: a message appearing on blur would move the radio buttons under the pointer.
    mode: "onSubmit",
    defaultValues: {
      ...current,
      componentiNucleo: current.componentiNucleo ?? fromHousehold ?? null,
    },
  });
  const { register, handleSubmit, formState, setError, control, reset } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await updateLivingConditionsAction(personId, values);
    if (result.ok) {
      const { aggiornateIl: _, ...now } = result.data;
      reset(now);
      if (details.current) details.current.open = false;
      setSaved(true);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if ((FIELDS as readonly string[]).includes(field))
        setError(field as FieldPath<LivingConditions>, { message: messages[0] });
    }
    setFormError(result.message);
  });

  return (
    <div className="mt-4 space-y-3">
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success" testId="conditions-saved">
            {m.saved}
          </Notice>
        ) : null}
      </div>
      <details ref={details} className="rounded border border-line p-3">
        <summary className="cursor-pointer font-semibold text-primary">{m.edit}</summary>
        <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
          <div aria-live="assertive">
            {formError ? (
              <Notice tone="error" title={m.notSaved} testId="conditions-form-error">
                <p>{formError}</p>
              </Notice>
            ) : null}
          </div>
          <TextField
            label={m.household}
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            step={1}
            hint={
              fromHousehold === undefined
                ? m.householdHint
                : `${m.householdHint} ${t.plans.conditionsFromHousehold(fromHousehold)}.`
            }
            error={errors.componentiNucleo?.message}
            {...register("componentiNucleo", {
              setValueAs: (v: unknown) =>
                v === "" || v === null || v === undefined ? null : Number(v),
            })}
          />
          <Controller
            control={control}
            name="viveSolo"
            render={({ field }) => (
              <TriStateField
                legend={m.livesAlone}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.viveSolo?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="alDomicilio"
            render={({ field }) => (
              <TriStateField
                legend={m.atHome}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.alDomicilio?.message}
              />
            )}
          />
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? m.submitting : m.submit}
          </Button>
        </form>
      </details>
    </div>
  );
}
