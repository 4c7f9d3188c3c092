"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, type FieldPath, type Resolver, useForm } from "react-hook-form";
import { createAssessmentAction } from "@/app/(staff)/cartelle/[id]/progetto/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { ASSESSMENT_ITEMS, ASSESSMENT_KIND_LABELS } from "@/lib/domain/assessment";
import type { AssessmentKind } from "@/lib/domain/case-file";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { plans } from "@/lib/i18n/it/plans";
import type { AssessmentCreateInput } from "@/lib/validation/assessment";
import { ChoiceGroup } from "./choice-group";

const assessmentCreateResolver = lazyZodResolver(() =>
  import("@/lib/validation/assessment").then((m) => m.AssessmentCreateSchema),
);

const t = { plans };

const m = t.plans.assessment;

type Values = { tipo: AssessmentKind; data: string; sintesi: string; voci: Record<string, string> };

/** The assessment of the kind due for the person: one radio group per INPS item. */
export function AssessmentForm({
  caseId,
  kind,
  today,
}: {
  caseId: string;
  kind: AssessmentKind;
  today: string;
}) {
  const router = useRouter();
  const items = ASSESSMENT_ITEMS[kind];
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const empty: Values = { tipo: kind, data: today, sintesi: "", voci: {} };
  const form = useForm<Values>({
    // The same schema as the server's; its union of kinds is one shape in the form.
    resolver: assessmentCreateResolver as unknown as Resolver<Values>,
    mode: "onSubmit",
    defaultValues: empty,
  });
  const { register, handleSubmit, formState, setError, reset, control } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await createAssessmentAction(caseId, values as AssessmentCreateInput);
    if (result.ok) {
      reset(empty);
      setSaved(true);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
      setError(field as FieldPath<Values>, { message: messages[0] });
    setFormError(result.message);
  });

  return (
    <details className="mt-4 rounded border border-line p-3" data-testid="assessment-form">
      <summary className="cursor-pointer font-semibold text-primary">{m.new}</summary>
      <p className="mt-2 text-sm text-muted">{m.kindIntro(ASSESSMENT_KIND_LABELS[kind])}</p>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-5">
        <div aria-live="assertive">
          {formError ? (
            <Notice tone="error" title={m.notSaved} testId="assessment-form-error">
              <p>{formError}</p>
              {errors.tipo?.message ? <p>{errors.tipo.message}</p> : null}
            </Notice>
          ) : null}
        </div>
        <TextField
          label={m.date}
          type="date"
          required
          max={today}
          error={errors.data?.message}
          {...register("data")}
        />
        {items.map((item) => (
          <Controller
            key={item.key}
            control={control}
            name={`voci.${item.key}`}
            render={({ field }) => (
              <ChoiceGroup
                legend={item.label}
                name={item.key}
                options={item.options}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.voci?.[item.key]?.message}
              />
            )}
          />
        ))}
        <TextAreaField
          label={m.summary}
          required
          maxLength={4000}
          error={errors.sintesi?.message}
          {...register("sintesi")}
        />
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? m.submitting : m.submit}
        </Button>
      </form>
      <div aria-live="polite" className="mt-2">
        {saved ? (
          <Notice tone="success" testId="assessment-saved">
            {m.saved}
          </Notice>
        ) : null}
      </div>
    </details>
  );
}
