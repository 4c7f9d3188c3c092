"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { addNetworkContactAction } from "@/app/(staff)/persone/[id]/household-actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RELATIONS } from "@/lib/domain/case-file";
import { RELATION_LABELS } from "@/lib/domain/household";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { plans } from "@/lib/i18n/it/plans";
import type { NetworkContactInput } from "@/lib/validation/household";

const networkContactResolver = lazyZodResolver(() =>
  import("@/lib/validation/household").then((m) => m.NetworkContactSchema),
);

const t = { plans };

const m = t.plans.household;
const FIELDS = ["relazione", "nome", "contatto", "note"] as const;
// "" shows the empty choice, and is refused by the schema like a missing relation.
const EMPTY = { relazione: "", nome: "", contatto: "", note: "" } as unknown as NetworkContactInput;

/** A relative, a caregiver, a service: someone of the network described by name. */
export function AddContactForm({ personId }: { personId: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<NetworkContactInput>({
    resolver: networkContactResolver,
    mode: "onSubmit",
    defaultValues: EMPTY,
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await addNetworkContactAction(personId, values);
    if (result.ok) {
      reset(EMPTY);
      setSaved(true);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if ((FIELDS as readonly string[]).includes(field))
        setError(field as FieldPath<NetworkContactInput>, { message: messages[0] });
    }
    setFormError(result.message);
  });

  return (
    <details className="mt-4 rounded border border-line p-3">
      <summary className="cursor-pointer font-semibold text-primary">{m.addContact}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        <div aria-live="assertive">
          {formError ? (
            <Notice tone="error" title={m.notSaved} testId="contact-form-error">
              <p>{formError}</p>
            </Notice>
          ) : null}
        </div>
        <SelectField
          label={m.relation}
          required
          error={errors.relazione?.message}
          {...register("relazione")}
        >
          <option value="">—</option>
          {RELATIONS.map((r) => (
            <option key={r} value={r}>
              {RELATION_LABELS[r]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={m.name}
          hint={m.nameHint}
          required
          maxLength={200}
          error={errors.nome?.message}
          {...register("nome")}
        />
        <TextField
          label={m.contact}
          maxLength={200}
          error={errors.contatto?.message}
          {...register("contatto")}
        />
        <TextField
          label={m.notes}
          maxLength={1000}
          error={errors.note?.message}
          {...register("note")}
        />
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? m.submitting : m.addContactSubmit}
        </Button>
      </form>
      <div aria-live="polite" className="mt-2">
        {saved ? (
          <Notice tone="success" testId="contact-saved">
            {m.contactSaved}
          </Notice>
        ) : null}
      </div>
    </details>
  );
}
