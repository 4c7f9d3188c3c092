"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { createPersonAction } from "@/app/(staff)/persone/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { parseCodiceFiscale } from "@/lib/domain/codice-fiscale";
import { formatDate } from "@/lib/domain/format";
import {
  type PersonCreate,
  type PersonCreateInput,
  PersonCreateSchema,
} from "@/lib/validation/person";

type Props = { comuni: { id: string; nome: string }[] };

export function PersonForm({ comuni }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<{ message: string; existingId?: string } | null>(null);
  const form = useForm<PersonCreateInput, unknown, PersonCreate>({
    resolver: zodResolver(PersonCreateSchema),
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

  const onSubmit = handleSubmit(async (_values) => {
    setFormError(null);
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
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-3xl space-y-6"
      aria-describedby="campi-obbligatori"
    >
      <p id="campi-obbligatori" className="text-sm text-muted">
        I campi con * sono obbligatori.
      </p>
      <div aria-live="assertive">
        {formError ? (
          <Notice tone="error" title="La persona non è stata registrata" testId="form-error">
            <p>{formError.message}</p>
            {formError.existingId ? (
              <Link
                className="font-semibold text-primary underline"
                href={`/persone/${formError.existingId}`}
              >
                Apri la scheda della persona già registrata
              </Link>
            ) : null}
          </Notice>
        ) : null}
      </div>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold text-primary-darker">Dati anagrafici</legend>
        <TextField
          label="Codice fiscale"
          required
          maxLength={16}
          autoComplete="off"
          className="font-mono uppercase"
          error={errors.codiceFiscale?.message}
          hint={
            cf.ok
              ? `Dal codice: ${cf.sex === "F" ? "femmina" : "maschio"}, nata/o il ${formatDate(cf.birthDate)}, luogo ${cf.birthplace}${cf.omocodic ? " (codice omocodico)" : ""}.`
              : "16 caratteri. Sono accettati anche i codici omocodici."
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
            Compila sesso e data di nascita dal codice fiscale
          </Button>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Cognome"
            required
            autoComplete="off"
            error={errors.cognome?.message}
            {...register("cognome")}
          />
          <TextField
            label="Nome"
            required
            autoComplete="off"
            error={errors.nome?.message}
            {...register("nome")}
          />
          <SelectField
            label="Sesso"
            required
            error={errors.sesso?.message}
            defaultValue=""
            {...register("sesso")}
          >
            <option value="" disabled>
              Scegli…
            </option>
            <option value="F">Femmina</option>
            <option value="M">Maschio</option>
          </SelectField>
          <TextField
            label="Data di nascita"
            type="date"
            required
            error={errors.dataNascita?.message}
            {...register("dataNascita")}
          />
          <TextField
            label="Cittadinanza"
            required
            error={errors.cittadinanza?.message}
            {...register("cittadinanza")}
          />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold text-primary-darker">Residenza e contatti</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Comune di residenza"
            required
            error={errors.comuneId?.message}
            {...register("comuneId")}
          >
            <option value="" disabled>
              Scegli…
            </option>
            {comuni.map((c) => (
              <option key={c.id} value={c.id}>
                {c.nome}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Indirizzo"
            required
            autoComplete="off"
            error={errors.indirizzo?.message}
            {...register("indirizzo")}
          />
          <TextField
            label="Telefono"
            type="tel"
            autoComplete="off"
            error={errors.telefono?.message}
            {...register("telefono")}
          />
          <TextField
            label="Email"
            type="email"
            autoComplete="off"
            error={errors.email?.message}
            {...register("email")}
          />
        </div>
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Registrazione…" : "Registra persona"}
        </Button>
        <Link href="/persone" className="self-center text-primary underline">
          Annulla
        </Link>
      </div>
    </form>
  );
}
