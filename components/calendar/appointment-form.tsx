"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { createAppointmentAction } from "@/app/(staff)/agenda/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { AREA_LABELS, type Area } from "@/lib/domain/areas";
import { APPOINTMENT_KINDS } from "@/lib/domain/case-file";
import { formatDate } from "@/lib/domain/format";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { calendar } from "@/lib/i18n/it/calendar";
import { common } from "@/lib/i18n/it/common";
import type { Appointment, AppointmentInput } from "@/lib/validation/appointments";

const appointmentResolver = lazyZodResolver(() =>
  import("@/lib/validation/appointments").then((m) => m.AppointmentSchema),
);

const t = { calendar, common };

export type CaseChoice = { id: string; persona: string; area: string };

/**
 * Schedules an appointment. With `caseId` the cartella is fixed (the cartella's page);
 * otherwise it is chosen among the actor's open cartelle, or left empty for a meeting.
 */
export function AppointmentForm({
  defaultDate,
  cases,
  caseId,
}: {
  defaultDate: string;
  cases: CaseChoice[];
  caseId?: string;
}) {
  const m = t.calendar.form;
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const empty: AppointmentInput = {
    tipo: (caseId ? "visita_domiciliare" : "") as AppointmentInput["tipo"],
    data: defaultDate,
    oraInizio: "",
    oraFine: "",
    caseId: caseId ?? "",
    luogo: "",
    note: "",
  };
  const form = useForm<AppointmentInput, unknown, Appointment>({
    resolver: appointmentResolver,
    mode: "onTouched",
    defaultValues: empty,
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(null);
    const result = await createAppointmentAction(values);
    if (result.ok) {
      reset(empty);
      setSaved(m.saved(formatDate(values.data), values.oraInizio));
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in empty) setError(field as FieldPath<AppointmentInput>, { message: messages[0] });
    }
    setFormError(result.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="nuovo-appuntamento">
      <h2 id="nuovo-appuntamento" className="text-xl font-bold text-primary-darker">
        {m.title}
      </h2>
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success" testId="appointment-saved">
            {saved}
          </Notice>
        ) : null}
      </div>
      <div aria-live="assertive">
        {formError ? (
          <Notice tone="error" title={m.notSaved} testId="appointment-form-error">
            <p>{formError}</p>
          </Notice>
        ) : null}
      </div>
      <p className="text-sm text-muted">{t.common.requiredFields}</p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label={m.fields.tipo}
          required
          error={errors.tipo?.message}
          {...register("tipo")}
        >
          <option value="" disabled>
            {t.common.choose}
          </option>
          {APPOINTMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.calendar.kinds[k]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={m.fields.data}
          type="date"
          required
          error={errors.data?.message}
          {...register("data")}
        />
        <TextField
          label={m.fields.oraInizio}
          type="time"
          required
          error={errors.oraInizio?.message}
          {...register("oraInizio")}
        />
        <TextField
          label={m.fields.oraFine}
          type="time"
          required
          error={errors.oraFine?.message}
          {...register("oraFine")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {caseId ? null : (
          <SelectField
            label={m.fields.caseId}
            hint={m.hints.caseId}
            error={errors.caseId?.message}
            {...register("caseId")}
          >
            <option value="">{m.noCase}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.persona} — {AREA_LABELS[c.area as Area] ?? c.area}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          label={m.fields.luogo}
          autoComplete="off"
          maxLength={200}
          error={errors.luogo?.message}
          {...register("luogo")}
        />
      </div>
      <TextAreaField
        label={m.fields.note}
        hint={m.hints.note}
        maxLength={2000}
        error={errors.note?.message}
        {...register("note")}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? m.submitting : m.submit}
      </Button>
    </form>
  );
}
