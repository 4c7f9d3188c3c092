"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { createPersonAction } from "@/app/(staff)/persone/actions";
import { findDuplicatesAction } from "@/app/(staff)/persone/registry-actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { LikelyDuplicates as Candidates } from "@/lib/data/person-registry";
import { parseCodiceFiscale } from "@/lib/domain/codice-fiscale";
import { formatDate } from "@/lib/domain/format";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { common } from "@/lib/i18n/it/common";
import { persons } from "@/lib/i18n/it/persons";
import type { PersonCreate, PersonCreateInput } from "@/lib/validation/person";
import { LikelyDuplicates } from "./likely-duplicates";

const personCreateResolver = lazyZodResolver(() =>
  import("@/lib/validation/person").then((m) => m.PersonCreateSchema),
);

const t = { common, persons };

type Props = { comuni: { id: string; nome: string }[] };

export function PersonForm({ comuni }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<{ message: string; existingId?: string } | null>(null);
  const form = useForm<PersonCreateInput, unknown, PersonCreate>({
    resolver: personCreateResolver,
    mode: "onTouched",
    defaultValues: {
      codiceFiscale: "",
      cognome: "",
      nome: "",
      dataNascita: "",
      cittadinanza: "Italiana",
      comuneId: comuni.length === 1 ? comuni[0]?.id : "",
      indirizzo: "",
      telefono: "",
      email: "",
    },
  });
  const { register, handleSubmit, formState, setError, setValue, watch } = form;
  const errors = formState.errors;
  const cf = parseCodiceFiscale(watch("codiceFiscale") ?? "");

  const [duplicates, setDuplicates] = useState<Candidates | null>(null);

  // Search comes before create: likely duplicates are shown until the worker says it is someone else.
  const save = async (confirmedDifferent: boolean) => {
    setFormError(null);
    if (!confirmedDifferent) {
      const v = form.getValues();
      const check = await findDuplicatesAction({
        codiceFiscale: v.codiceFiscale,
        cognome: v.cognome,
        nome: v.nome,
        dataNascita: v.dataNascita,
        comuneId: v.comuneId,
      });
      // The same codice fiscale is refused by the registration itself, with a link to the record.
      const sameCf = check.ok && check.data.visible.some((c) => c.motivo === "cf");
      if (check.ok && !sameCf && (check.data.visible.length > 0 || check.data.hidden > 0)) {
        setDuplicates(check.data);
        return;
      }
    }
    setDuplicates(null);
    const result = await createPersonAction(form.getValues());
    if (result.ok) {
      router.push(`/persone/${result.data.id}`);
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as FieldPath<PersonCreateInput>, { message: messages[0] });
    }
    const existingId =
      typeof result.details?.existingId === "string" ? result.details.existingId : undefined;
    if (result.details?.field === "codiceFiscale")
      setError("codiceFiscale", { message: result.message });
    setFormError({ message: result.message, existingId });
  };
  const onSubmit = handleSubmit(() => save(false));

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-3xl space-y-6"
      aria-describedby="campi-obbligatori"
    >
      <p id="campi-obbligatori" className="text-sm text-muted">
        {t.common.requiredFields}
      </p>
      <div aria-live="assertive">
        {formError ? (
          <Notice tone="error" title={t.persons.form.notRegistered} testId="form-error">
            <p>{formError.message}</p>
            {formError.existingId ? (
              <Link
                className="font-semibold text-primary underline"
                href={`/persone/${formError.existingId}`}
              >
                {t.persons.form.openExisting}
              </Link>
            ) : null}
          </Notice>
        ) : null}
      </div>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold text-primary-darker">
          {t.persons.form.personalData}
        </legend>
        <TextField
          label={t.persons.fields.codiceFiscale}
          required
          maxLength={16}
          autoComplete="off"
          className="font-mono uppercase"
          error={errors.codiceFiscale?.message}
          hint={
            cf.ok
              ? t.persons.form.codiceFiscaleDecoded({ ...cf, birthDate: formatDate(cf.birthDate) })
              : t.persons.form.codiceFiscaleHint
          }
          {...register("codiceFiscale")}
        />
        {cf.ok ? (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onClick={() => {
              setValue("sesso", cf.sex, { shouldValidate: true });
              setValue("dataNascita", cf.birthDate, { shouldValidate: true });
            }}
          >
            {t.persons.form.fillFromCodiceFiscale}
          </Button>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t.persons.fields.cognome}
            required
            autoComplete="off"
            error={errors.cognome?.message}
            {...register("cognome")}
          />
          <TextField
            label={t.persons.fields.nome}
            required
            autoComplete="off"
            error={errors.nome?.message}
            {...register("nome")}
          />
          <SelectField
            label={t.persons.fields.sesso}
            required
            error={errors.sesso?.message}
            defaultValue=""
            {...register("sesso")}
          >
            <option value="" disabled>
              {t.common.choose}
            </option>
            <option value="F">{t.persons.sex.F}</option>
            <option value="M">{t.persons.sex.M}</option>
          </SelectField>
          <TextField
            label={t.persons.fields.dataNascita}
            type="date"
            required
            error={errors.dataNascita?.message}
            {...register("dataNascita")}
          />
          <TextField
            label={t.persons.fields.cittadinanza}
            required
            error={errors.cittadinanza?.message}
            {...register("cittadinanza")}
          />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold text-primary-darker">
          {t.persons.form.residenceAndContacts}
        </legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t.persons.fields.comuneResidenza}
            required
            error={errors.comuneId?.message}
            {...register("comuneId")}
          >
            <option value="" disabled>
              {t.common.choose}
            </option>
            {comuni.map((c) => (
              <option key={c.id} value={c.id}>
                {c.nome}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t.persons.fields.indirizzo}
            required
            autoComplete="off"
            error={errors.indirizzo?.message}
            {...register("indirizzo")}
          />
          <TextField
            label={t.persons.fields.telefono}
            type="tel"
            autoComplete="off"
            error={errors.telefono?.message}
            {...register("telefono")}
          />
          <TextField
            label={t.persons.fields.email}
            type="email"
            autoComplete="off"
            error={errors.email?.message}
            {...register("email")}
          />
        </div>
      </fieldset>
      <div aria-live="polite">
        {duplicates ? (
          <LikelyDuplicates
            candidates={duplicates}
            pending={formState.isSubmitting}
            onConfirm={handleSubmit(() => save(true))}
          />
        ) : null}
      </div>
      <div className="flex gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t.persons.form.submitting : t.persons.form.submit}
        </Button>
        <Link href="/persone" className="self-center text-primary underline">
          {t.common.cancel}
        </Link>
      </div>
    </form>
  );
}
