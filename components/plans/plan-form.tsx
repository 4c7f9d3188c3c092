"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { type FieldPath, useFieldArray, useForm } from "react-hook-form";
import { createPlanAction } from "@/app/(staff)/cartelle/[id]/progetto/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { AssessmentSummary } from "@/lib/data/assessments";
import type { RequestOption } from "@/lib/data/plans";
import { formatDate } from "@/lib/domain/format";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { plans } from "@/lib/i18n/it/plans";
import type { PlanCreateInput } from "@/lib/validation/plan";

const planCreateResolver = lazyZodResolver(() =>
  import("@/lib/validation/plan").then((m) => m.PlanCreateSchema),
);

const t = { plans };

const m = t.plans.plan;
const EMPTY_GOAL = { descrizione: "", indicatore: "", scadenza: "" };
const EMPTY_INTERVENTION = { richiestaId: "", descrizione: "", dal: "", al: "" };

/** A new plan: title, dates, the goals (at least one) and the interventions, added as needed. */
export function PlanForm({
  caseId,
  today,
  nextReview,
  requests,
  assessments,
}: {
  caseId: string;
  today: string;
  nextReview: string;
  requests: RequestOption[];
  assessments: AssessmentSummary[];
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const empty: PlanCreateInput = {
    titolo: "",
    dataInizio: today,
    prossimaVerifica: nextReview,
    valutazioneId: assessments[0]?.id ?? "",
    note: "",
    obiettivi: [EMPTY_GOAL],
    interventi: [],
  };
  const form = useForm<PlanCreateInput>({
    resolver: planCreateResolver,
    mode: "onSubmit",
    defaultValues: empty,
  });
  const { register, handleSubmit, formState, setError, reset, control } = form;
  const goals = useFieldArray({ control, name: "obiettivi" });
  const interventions = useFieldArray({ control, name: "interventi" });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await createPlanAction(caseId, values);
    if (result.ok) {
      reset(empty);
      setSaved(true);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
      setError(field as FieldPath<PlanCreateInput>, { message: messages[0] });
    setFormError(result.message);
  });

  return (
    <details className="mt-4 rounded border border-line p-3" data-testid="plan-form">
      <summary className="cursor-pointer font-semibold text-primary">{m.new}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
        <div aria-live="assertive">
          {formError ? (
            <Notice tone="error" title={m.notSaved} testId="plan-form-error">
              <p>{formError}</p>
              {errors.obiettivi?.message ? <p>{errors.obiettivi.message}</p> : null}
            </Notice>
          ) : null}
        </div>
        <TextField
          label={m.titleField}
          required
          maxLength={200}
          error={errors.titolo?.message}
          {...register("titolo")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={m.started}
            type="date"
            required
            error={errors.dataInizio?.message}
            {...register("dataInizio")}
          />
          <TextField
            label={m.nextReview}
            type="date"
            required
            min={today}
            error={errors.prossimaVerifica?.message}
            {...register("prossimaVerifica")}
          />
        </div>
        <SelectField
          label={m.assessmentLink}
          error={errors.valutazioneId?.message}
          {...register("valutazioneId")}
        >
          <option value="">{m.noAssessment}</option>
          {assessments.map((a) => (
            <option key={a.id} value={a.id}>
              {formatDate(a.data)} · {a.tipo.toUpperCase()}
            </option>
          ))}
        </SelectField>
        <fieldset className="space-y-3 rounded border border-line p-3">
          <legend className="px-1 font-bold">{m.goals}</legend>
          {goals.fields.map((f, i) => (
            <fieldset
              key={f.id}
              className="space-y-2 border-l-4 border-primary-light pl-3"
              data-testid="goal-fields"
            >
              <legend className="font-semibold">{m.goalN(i + 1)}</legend>
              <TextField
                label={m.description}
                required
                maxLength={500}
                error={errors.obiettivi?.[i]?.descrizione?.message}
                {...register(`obiettivi.${i}.descrizione`)}
              />
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField
                  label={m.indicator}
                  maxLength={500}
                  error={errors.obiettivi?.[i]?.indicatore?.message}
                  {...register(`obiettivi.${i}.indicatore`)}
                />
                <TextField
                  label={m.deadline}
                  type="date"
                  error={errors.obiettivi?.[i]?.scadenza?.message}
                  {...register(`obiettivi.${i}.scadenza`)}
                />
              </div>
              {goals.fields.length > 1 ? (
                <Button type="button" variant="ghost" size="sm" onClick={() => goals.remove(i)}>
                  {m.removeGoal(i + 1)}
                </Button>
              ) : null}
            </fieldset>
          ))}
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onClick={() => goals.append(EMPTY_GOAL)}
          >
            {m.addGoal}
          </Button>
        </fieldset>
        <fieldset className="space-y-3 rounded border border-line p-3">
          <legend className="px-1 font-bold">{m.interventions}</legend>
          {interventions.fields.map((f, i) => (
            <fieldset key={f.id} className="space-y-2 border-l-4 border-primary-light pl-3">
              <legend className="font-semibold">{m.interventionN(i + 1)}</legend>
              <SelectField
                label={m.linkRequest}
                error={errors.interventi?.[i]?.richiestaId?.message}
                {...register(`interventi.${i}.richiestaId`)}
              >
                <option value="">{m.noRequest}</option>
                {requests.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.protocollo ?? m.request} · {r.misura}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={m.description}
                required
                maxLength={500}
                error={errors.interventi?.[i]?.descrizione?.message}
                {...register(`interventi.${i}.descrizione`)}
              />
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField
                  label={m.from}
                  type="date"
                  error={errors.interventi?.[i]?.dal?.message}
                  {...register(`interventi.${i}.dal`)}
                />
                <TextField
                  label={m.to}
                  type="date"
                  error={errors.interventi?.[i]?.al?.message}
                  {...register(`interventi.${i}.al`)}
                />
              </div>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                onClick={() => interventions.remove(i)}
              >
                {m.removeIntervention(i + 1)}
              </Button>
            </fieldset>
          ))}
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onClick={() => interventions.append(EMPTY_INTERVENTION)}
          >
            {m.addIntervention}
          </Button>
        </fieldset>
        <TextAreaField
          label={m.notes}
          maxLength={2000}
          error={errors.note?.message}
          {...register("note")}
        />
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? m.submitting : m.submit}
        </Button>
      </form>
      <div aria-live="polite" className="mt-2">
        {saved ? (
          <Notice tone="success" testId="plan-saved">
            {m.saved}
          </Notice>
        ) : null}
      </div>
    </details>
  );
}
