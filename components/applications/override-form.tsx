"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import type { z } from "zod";
import { overrideEligibilityAction } from "@/app/(staff)/richieste/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { ELIGIBILITY_OUTCOME_LABELS } from "@/lib/domain/eligibility";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { applications } from "@/lib/i18n/it/applications";
import type { EligibilityOverrideSchema } from "@/lib/validation/request";

const eligibilityOverrideResolver = lazyZodResolver(() =>
  import("@/lib/validation/request").then((m) => m.EligibilityOverrideSchema),
);

const t = { applications };

type Values = z.input<typeof EligibilityOverrideSchema>;

/** The coordinator's override of the engine's outcome, with the reason that goes on record. */
export function OverrideForm({ requestId }: { requestId: string }) {
  const s = t.applications.override;
  const router = useRouter();
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState,
    setError: setFieldError,
    reset,
  } = useForm<Values>({
    resolver: eligibilityOverrideResolver,
    mode: "onTouched",
    defaultValues: { esito: "eligible", motivazione: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await overrideEligibilityAction(requestId, values);
    if (result.ok) {
      reset();
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
      setFieldError(field as FieldPath<Values>, { message: messages[0] });
    setError(result.message);
  });
  return (
    <section aria-labelledby={headingId} className="rounded border border-line bg-white p-5">
      <h2 id={headingId} className="mb-2 text-lg font-bold text-primary-darker">
        {s.title}
      </h2>
      <p className="mb-3 text-sm text-muted">{s.intro}</p>
      <div aria-live="assertive">{error ? <Notice tone="error">{error}</Notice> : null}</div>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <SelectField
          label={s.outcome}
          required
          error={formState.errors.esito?.message}
          {...register("esito")}
        >
          <option value="eligible">{ELIGIBILITY_OUTCOME_LABELS.eligible}</option>
          <option value="not_eligible">{ELIGIBILITY_OUTCOME_LABELS.not_eligible}</option>
        </SelectField>
        <TextAreaField
          label={s.reason}
          required
          maxLength={4000}
          error={formState.errors.motivazione?.message}
          {...register("motivazione")}
        />
        <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
          {s.submit}
        </Button>
      </form>
    </section>
  );
}
