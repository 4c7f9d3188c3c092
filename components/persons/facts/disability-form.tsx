"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { addDisabilityCertificationAction } from "@/app/(staff)/persone/[id]/facts-actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { DISABILITY_CODES, DISABILITY_LABELS } from "@/lib/domain/eligibility";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { common } from "@/lib/i18n/it/common";
import { personFacts } from "@/lib/i18n/it/person-facts";
import type {
  DisabilityCertificationCreate,
  DisabilityCertificationCreateInput,
} from "@/lib/validation/person-facts";

const disabilityCertificationCreateResolver = lazyZodResolver(() =>
  import("@/lib/validation/person-facts").then((m) => m.DisabilityCertificationCreateSchema),
);

const t = { common, personFacts };

const EMPTY: DisabilityCertificationCreateInput = {
  codice: "" as DisabilityCertificationCreateInput["codice"],
  dataRilascio: "",
  scadenza: "",
  ente: "",
};

export function DisabilityForm({ personId }: { personId: string }) {
  const m = t.personFacts.disabilities;
  const router = useRouter();
  const details = useRef<HTMLDetailsElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<DisabilityCertificationCreateInput, unknown, DisabilityCertificationCreate>({
    resolver: disabilityCertificationCreateResolver,
    mode: "onTouched",
    defaultValues: EMPTY,
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await addDisabilityCertificationAction(personId, values);
    if (result.ok) {
      reset(EMPTY);
      if (details.current) details.current.open = false;
      setSaved(true);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in EMPTY)
        setError(field as FieldPath<DisabilityCertificationCreateInput>, {
          message: messages[0],
        });
    }
    setFormError(result.message);
  });

  return (
    <div className="mt-4 space-y-3">
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success" testId="disability-saved">
            {m.saved}
          </Notice>
        ) : null}
      </div>
      <details ref={details} className="rounded border border-line p-3">
        <summary className="cursor-pointer font-semibold text-primary">{m.add}</summary>
        <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
          <div aria-live="assertive">
            {formError ? (
              <Notice tone="error" title={m.notSaved} testId="disability-form-error">
                <p>{formError}</p>
              </Notice>
            ) : null}
          </div>
          <p className="text-sm text-muted">{t.common.requiredFields}</p>
          <SelectField
            label={m.fields.codice}
            required
            error={errors.codice?.message}
            {...register("codice")}
          >
            <option value="" disabled>
              {t.common.choose}
            </option>
            {DISABILITY_CODES.map((c) => (
              <option key={c} value={c}>
                {DISABILITY_LABELS[c]}
              </option>
            ))}
          </SelectField>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label={m.fields.dataRilascio}
              type="date"
              required
              error={errors.dataRilascio?.message}
              {...register("dataRilascio")}
            />
            <TextField
              label={m.fields.scadenza}
              type="date"
              hint={m.hints.scadenza}
              error={errors.scadenza?.message}
              {...register("scadenza")}
            />
          </div>
          <TextField
            label={m.fields.ente}
            maxLength={200}
            autoComplete="off"
            hint={m.hints.ente}
            error={errors.ente?.message}
            {...register("ente")}
          />
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? m.submitting : m.submit}
          </Button>
        </form>
      </details>
    </div>
  );
}
