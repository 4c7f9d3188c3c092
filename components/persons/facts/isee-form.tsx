"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { addIseeAttestationAction } from "@/app/(staff)/persone/[id]/facts-actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { ISEE_KIND_LABELS, ISEE_KINDS, isIsoDate } from "@/lib/domain/eligibility";
import { formatDate } from "@/lib/domain/format";
import { ISEE_RULE_SINCE, iseeExpiry } from "@/lib/domain/isee";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { common } from "@/lib/i18n/it/common";
import { personFacts } from "@/lib/i18n/it/person-facts";
import type {
  IseeAttestationCreate,
  IseeAttestationCreateInput,
} from "@/lib/validation/person-facts";

const iseeAttestationCreateResolver = lazyZodResolver(() =>
  import("@/lib/validation/person-facts").then((m) => m.IseeAttestationCreateSchema),
);

const t = { common, personFacts };

const EMPTY: IseeAttestationCreateInput = {
  tipo: "" as IseeAttestationCreateInput["tipo"],
  valore: "",
  ise: "",
  scalaEquivalenza: "",
  protocolloDsu: "",
  dataPresentazione: "",
};

/** Adds an ISEE attestation; the expiry is computed and shown while typing. */
export function IseeForm({ personId }: { personId: string }) {
  const m = t.personFacts.isee;
  const router = useRouter();
  const details = useRef<HTMLDetailsElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<IseeAttestationCreateInput, unknown, IseeAttestationCreate>({
    resolver: iseeAttestationCreateResolver,
    mode: "onTouched",
    defaultValues: EMPTY,
  });
  const { register, handleSubmit, formState, setError, watch, reset } = form;
  const errors = formState.errors;
  const tipo = watch("tipo");
  const filed = watch("dataPresentazione") ?? "";
  const expiry =
    ISEE_KINDS.includes(tipo) && isIsoDate(filed) && filed >= ISEE_RULE_SINCE
      ? iseeExpiry(tipo, filed)
      : null;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(null);
    const result = await addIseeAttestationAction(personId, values);
    if (result.ok) {
      reset(EMPTY);
      if (details.current) details.current.open = false;
      setSaved(m.saved(formatDate(result.data.scadenza)));
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in EMPTY)
        setError(field as FieldPath<IseeAttestationCreateInput>, { message: messages[0] });
    }
    setFormError(result.message);
  });

  return (
    <div className="mt-4 space-y-3">
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success" testId="isee-saved">
            {saved}
          </Notice>
        ) : null}
      </div>
      <details ref={details} className="rounded border border-line p-3">
        <summary className="cursor-pointer font-semibold text-primary">{m.add}</summary>
        <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
          <div aria-live="assertive">
            {formError ? (
              <Notice tone="error" title={m.notSaved} testId="isee-form-error">
                <p>{formError}</p>
              </Notice>
            ) : null}
          </div>
          <p className="text-sm text-muted">{t.common.requiredFields}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              label={m.fields.tipo}
              required
              error={errors.tipo?.message}
              {...register("tipo")}
            >
              <option value="" disabled>
                {t.common.choose}
              </option>
              {ISEE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {m.kind(ISEE_KIND_LABELS[k])}
                </option>
              ))}
            </SelectField>
            <TextField
              label={m.fields.valore}
              required
              inputMode="decimal"
              autoComplete="off"
              hint={m.hints.valore}
              error={errors.valore?.message}
              {...register("valore")}
            />
            <TextField
              label={m.fields.ise}
              inputMode="decimal"
              autoComplete="off"
              hint={m.hints.ise}
              error={errors.ise?.message}
              {...register("ise")}
            />
            <TextField
              label={m.fields.scalaEquivalenza}
              inputMode="decimal"
              autoComplete="off"
              hint={m.hints.scalaEquivalenza}
              error={errors.scalaEquivalenza?.message}
              {...register("scalaEquivalenza")}
            />
            <TextField
              label={m.fields.protocolloDsu}
              required
              maxLength={30}
              autoComplete="off"
              className="font-mono uppercase"
              hint={m.hints.protocolloDsu}
              error={errors.protocolloDsu?.message}
              {...register("protocolloDsu")}
            />
            <TextField
              label={m.fields.dataPresentazione}
              type="date"
              required
              hint={expiry ? m.hints.expiresOn(formatDate(expiry)) : m.hints.dataPresentazione}
              error={errors.dataPresentazione?.message}
              {...register("dataPresentazione")}
            />
          </div>
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? m.submitting : m.submit}
          </Button>
        </form>
      </details>
    </div>
  );
}
