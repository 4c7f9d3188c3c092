"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { createBandoAction, updateBandoAction } from "@/app/(staff)/bandi/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { MeasureKind } from "@/lib/domain/areas";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { bandi } from "@/lib/i18n/it/bandi";
import { common } from "@/lib/i18n/it/common";
import type { BandoFormValues } from "@/lib/validation/bando-form";
import { AmountsFields } from "./amounts-fields";
import { BudgetFields } from "./budget-fields";
import { CopaymentFields } from "./copayment-fields";
import { EligibilityFields } from "./eligibility-fields";
import { Choice, errorAt, Group, Section } from "./form-parts";
import { ScoringFields } from "./scoring-fields";

const t = { bandi, common };

/** The form's rules and schema (with zod), loaded on demand: not part of the first load. */
const loadBandoForm = () => import("@/lib/validation/bando-form");

type Option = { id: string; nome: string };

type Props = {
  /** The bando being changed; none for a new one. */
  bandoId?: string;
  initial: BandoFormValues;
  measures: (Option & { tipo: MeasureKind })[];
  comuni: Option[];
  responsabili: Option[];
  /** The ranking was made: mode and rules cannot change any more. */
  frozen?: boolean;
};

/** One form to create and to change a bando, with the rules edited field by field. */
export function BandoForm({ bandoId, initial, measures, comuni, responsabili, frozen }: Props) {
  const mode = bandoId ? "update" : "create";
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const resolver = useMemo(
    () => lazyZodResolver(() => loadBandoForm().then((m) => m.bandoFormSchema(mode))),
    [mode],
  );
  const form = useForm<BandoFormValues>({ resolver, mode: "onTouched", defaultValues: initial });
  const { register, handleSubmit, formState, setError, watch } = form;
  const errors = formState.errors;
  const tipo = measures.find((m) => m.id === watch("measureId"))?.tipo;
  const copy = t.bandi.form;

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      const { bandoInputFromForm, errorPathIn } = await loadBandoForm();
      const { input, formPathOf } = bandoInputFromForm(values, mode);
      const result = bandoId
        ? await updateBandoAction(bandoId, input)
        : await createBandoAction(input);
      if (result.ok) {
        router.push(
          `/bandi/${bandoId ?? (result.data as { id: string }).id}?${bandoId ? "salvato" : "creato"}=1`,
        );
        router.refresh();
        return;
      }
      const general: string[] = [];
      for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (key === "_") general.push(...messages);
        else
          setError(errorPathIn(values, formPathOf([key])) as FieldPath<BandoFormValues>, {
            message: messages.join(" "),
          });
      }
      setFormError([result.message, ...general].join(" "));
    },
    () => setFormError(copy.fixErrors),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-4xl space-y-6" data-testid="bando-form">
      <p className="text-sm text-muted">{t.common.requiredFields}</p>
      <div aria-live="assertive">
        {formError ? (
          <Notice tone="error" title={copy.notSaved} testId="form-error">
            {formError}
          </Notice>
        ) : null}
      </div>

      <Section title={copy.sections.general}>
        <TextField
          label={t.bandi.fields.titolo}
          required
          maxLength={200}
          autoComplete="off"
          error={errorAt(errors, "titolo")}
          {...register("titolo")}
        />
        <SelectField
          label={t.bandi.fields.measureId}
          required
          error={errorAt(errors, "measureId")}
          {...register("measureId")}
        >
          <option value="" disabled>
            {copy.chooseMeasure}
          </option>
          {measures.map((m) => (
            <option key={m.id} value={m.id}>
              {m.nome}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t.bandi.fields.periodoInizio}
            type="date"
            required
            error={errorAt(errors, "periodoInizio")}
            {...register("periodoInizio")}
          />
          <TextField
            label={t.bandi.fields.periodoFine}
            type="date"
            required
            error={errorAt(errors, "periodoFine")}
            {...register("periodoFine")}
          />
          <TextField
            label={t.bandi.fields.apertura}
            type="date"
            required
            error={errorAt(errors, "apertura")}
            {...register("apertura")}
          />
          <TextField
            label={t.bandi.fields.chiusura}
            type="date"
            required
            error={errorAt(errors, "chiusura")}
            {...register("chiusura")}
          />
        </div>
        <fieldset disabled={frozen} className="disabled:opacity-70">
          <Group legend={t.bandi.fields.modalita} error={errorAt(errors, "modalita")}>
            <Choice
              type="radio"
              value="ordine_arrivo"
              label={t.bandi.modalita.ordine_arrivo}
              {...register("modalita")}
            />
            <Choice
              type="radio"
              value="graduatoria"
              label={t.bandi.modalita.graduatoria}
              {...register("modalita")}
            />
          </Group>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={`${t.bandi.fields.termineGiorni} (${copy.days})`}
            required
            hint={copy.termineHint}
            type="number"
            inputMode="numeric"
            min={1}
            max={180}
            error={errorAt(errors, "termineGiorni")}
            {...register("termineGiorni")}
          />
          <SelectField
            label={t.bandi.fields.responsabileId}
            error={errorAt(errors, "responsabileId")}
            {...register("responsabileId")}
          >
            <option value="">{copy.noResponsabile}</option>
            {responsabili.map((r) => (
              <option key={r.id} value={r.id}>
                {r.nome}
              </option>
            ))}
          </SelectField>
        </div>
      </Section>

      <AmountsFields
        form={form}
        showHours={tipo === "voucher" || watch("amounts.oreMensili") !== ""}
      />
      <BudgetFields form={form} comuni={comuni} />
      <EligibilityFields form={form} comuni={comuni} measures={measures} disabled={!!frozen} />
      <ScoringFields form={form} disabled={!!frozen} />
      {tipo === "servizio" || watch("copayment.enabled") ? <CopaymentFields form={form} /> : null}

      <div className="flex gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting
            ? mode === "create"
              ? copy.creating
              : copy.saving
            : mode === "create"
              ? copy.create
              : copy.save}
        </Button>
        <Link
          href={bandoId ? `/bandi/${bandoId}` : "/bandi"}
          className="self-center text-primary underline"
        >
          {t.common.cancel}
        </Link>
      </div>
    </form>
  );
}
