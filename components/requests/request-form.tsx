"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import type { z } from "zod";
import { createRequestAction } from "@/app/(staff)/richieste/actions";
import { EligibilityPreview } from "@/components/applications/eligibility-preview";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FilingBando } from "@/lib/data/applications";
import { AREA_LABELS, type Area, MEASURE_KIND_LABELS, type MeasureKind } from "@/lib/domain/areas";
import { formatDate, formatEuro } from "@/lib/domain/format";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { applications } from "@/lib/i18n/it/applications";
import { common } from "@/lib/i18n/it/common";
import { requests } from "@/lib/i18n/it/requests";
import type { RequestCreate, RequestCreateSchema } from "@/lib/validation/request";

const requestCreateResolver = lazyZodResolver(() =>
  import("@/lib/validation/request").then((m) => m.RequestCreateSchema),
);

const t = { applications, common, requests };

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
  bandi,
}: {
  personId: string;
  measures: MeasureOption[];
  bandi: FilingBando[];
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, setValue, watch } = useForm<
    z.input<typeof RequestCreateSchema>,
    unknown,
    RequestCreate
  >({
    resolver: requestCreateResolver,
    mode: "onTouched",
    defaultValues: { personId, measureId: "", motivazione: "", dichiarazioni: {} },
  });
  const errors = formState.errors;
  const areas = [...new Set(measures.map((m) => m.area))];
  const measureId = watch("measureId");
  const bandoId = watch("bandoId");
  const dichiarazioni = watch("dichiarazioni") ?? {};
  const valutazione = watch("valutazione");
  const bandiOfMeasure = bandi.filter((b) => b.measureId === measureId);
  const bando = bandi.find((b) => b.id === bandoId);
  const ab = t.applications;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await createRequestAction(values);
    if (result.ok) {
      router.push(`/richieste/${result.data.id}?nuova=1`);
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as FieldPath<z.input<typeof RequestCreateSchema>>, { message: messages[0] });
    }
    setFormError(result.message);
  });

  const measureField = register("measureId", {
    onChange: (e: { target: { value: string } }) => {
      const m = measures.find((x) => x.id === e.target.value);
      const open = bandi.filter((b) => b.measureId === e.target.value);
      // Under a bando the amount comes from the bando; the only open one is preselected.
      setValue("bandoId", open.length === 1 ? open[0]?.id : undefined);
      setValue("dichiarazioni", {});
      setValue("valutazione", undefined);
      if (open.length) {
        setValue("importoMensile", undefined);
        setValue("mesi", undefined);
        return;
      }
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
      {bandiOfMeasure.length ? (
        <SelectField
          label={ab.form.bando}
          required
          hint={bando ? ab.form.bandoHint(formatDate(bando.chiusura)) : undefined}
          error={errors.bandoId?.message}
          {...register("bandoId", {
            setValueAs: (v: string) => v || undefined,
            onChange: () => setValue("dichiarazioni", {}),
          })}
        >
          <option value="">{ab.form.chooseBando}</option>
          {bandiOfMeasure.map((b) => (
            <option key={b.id} value={b.id}>
              {b.titolo}
            </option>
          ))}
        </SelectField>
      ) : null}
      {bando ? (
        <>
          <p className="text-sm text-muted">
            {bando.importoMensile && bando.mesi
              ? ab.form.fromBando(formatEuro(bando.importoMensile), bando.mesi)
              : ab.form.amountByTier}
          </p>
          {bando.declarations.length ? (
            <fieldset className="space-y-2">
              <legend className="font-semibold">{ab.form.declarations}</legend>
              <p className="text-sm text-muted">{ab.form.declarationsHint}</p>
              {bando.declarations.map((d) => (
                <label key={d.id} className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    className="mt-1 h-5 w-5"
                    checked={dichiarazioni[d.id] === true}
                    onChange={(e) =>
                      setValue("dichiarazioni", { ...dichiarazioni, [d.id]: e.target.checked })
                    }
                  />
                  <span>{d.text}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          {bando.assessmentMax !== null ? (
            <TextField
              label={ab.form.assessment(bando.assessmentMax)}
              type="number"
              inputMode="decimal"
              min={0}
              max={bando.assessmentMax}
              step="0.5"
              error={errors.valutazione?.message}
              {...register("valutazione", {
                setValueAs: (v: string) => (v === "" ? undefined : Number(v)),
              })}
            />
          ) : null}
          <EligibilityPreview
            bandoId={bando.id}
            personId={personId}
            answers={{
              dichiarazioni,
              ...(typeof valutazione === "number" && !Number.isNaN(valutazione)
                ? { valutazione }
                : {}),
            }}
          />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        {bandiOfMeasure.length ? null : (
          <>
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
          </>
        )}
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
