"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { createRequestAction } from "@/app/(staff)/richieste/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { AREA_LABELS, type Area, MEASURE_KIND_LABELS, type MeasureKind } from "@/lib/domain/areas";
import { t } from "@/lib/i18n";
import { type RequestCreate, RequestCreateSchema } from "@/lib/validation/request";

type MeasureOption = {
  id: string;
  nome: string;
  tipo: MeasureKind;
  area: Area;
  importoMensile: string | null;
  mesiMassimi: number | null;
};

export function RequestForm({
  personId,
  measures,
}: {
  personId: string;
  measures: MeasureOption[];
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, setValue } = useForm<RequestCreate>({
    resolver: zodResolver(RequestCreateSchema),
    mode: "onTouched",
    defaultValues: { personId, measureId: "", motivazione: "" },
  });
  const errors = formState.errors;
  const areas = [...new Set(measures.map((m) => m.area))];

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await createRequestAction(values);
    if (result.ok) {
      router.push(`/richieste/${result.data.id}?nuova=1`);
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as FieldPath<RequestCreate>, { message: messages[0] });
    }
    setFormError(result.message);
  });

  const measureField = register("measureId", {
    onChange: (e: { target: { value: string } }) => {
      const m = measures.find((x) => x.id === e.target.value);
      if (m?.importoMensile)
        setValue("importoMensile", Number(m.importoMensile), { shouldValidate: true });
      if (m?.mesiMassimi) setValue("mesi", m.mesiMassimi, { shouldValidate: true });
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-5">
      <p className="text-sm text-muted">{t.requests.form.intro}</p>
      <div aria-live="assertive">
        {formError ? (
          <Notice tone="error" title={t.requests.form.notFiled} testId="form-error">
            {formError}
          </Notice>
        ) : null}
      </div>
      <input type="hidden" {...register("personId")} />
      <SelectField
        label={t.requests.fields.measure}
        required
        error={errors.measureId?.message}
        {...measureField}
      >
        <option value="" disabled>
          {t.requests.form.chooseMeasure}
        </option>
        {areas.map((area) => (
          <optgroup key={area} label={AREA_LABELS[area]}>
            {measures
              .filter((m) => m.area === area)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.nome} ({MEASURE_KIND_LABELS[m.tipo]})
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t.requests.form.monthlyAmount}
          required
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          error={errors.importoMensile?.message}
          {...register("importoMensile", { valueAsNumber: true })}
        />
        <TextField
          label={t.requests.form.months}
          required
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          error={errors.mesi?.message}
          {...register("mesi", { valueAsNumber: true })}
        />
        <TextField
          label={t.requests.fields.startDate}
          type="date"
          error={errors.dataInizio?.message}
          {...register("dataInizio", { setValueAs: (v: string) => v || undefined })}
        />
      </div>
      <TextAreaField
        label={t.requests.fields.need}
        required
        maxLength={4000}
        hint={t.requests.form.needHint}
        error={errors.motivazione?.message}
        {...register("motivazione")}
      />
      <div className="flex gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t.requests.form.submitting : t.requests.form.submit}
        </Button>
        <Link href={`/persone/${personId}`} className="self-center text-primary underline">
          {t.common.cancel}
        </Link>
      </div>
    </form>
  );
}
