"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { type FieldPath, type FieldValues, type UseFormSetError, useForm } from "react-hook-form";
import type { z } from "zod";
import {
  moveOutOfDistrictAction,
  openCaseAction,
  requestTransferAction,
} from "@/app/(staff)/persone/[id]/case-actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ComuneOption } from "@/lib/data/comuni";
import { AREA_LABELS, AREAS } from "@/lib/domain/areas";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { caseOverview } from "@/lib/i18n/it/case-overview";
import { transfers } from "@/lib/i18n/it/transfers";
import type { CaseOpenSchema } from "@/lib/validation/case-file";
import type { MoveOut, TransferRequest } from "@/lib/validation/transfers";

const caseOpenResolver = lazyZodResolver(() =>
  import("@/lib/validation/case-file").then((m) => m.CaseOpenSchema),
);
const transferRequestResolver = lazyZodResolver(() =>
  import("@/lib/validation/transfers").then((m) => m.TransferRequestSchema),
);
const moveOutResolver = lazyZodResolver(() =>
  import("@/lib/validation/transfers").then((m) => m.MoveOutSchema),
);

const t = { caseOverview, transfers };

type Failure = { message: string; fieldErrors?: Record<string, string[]> };

/** Puts the server's field errors on the form's fields; returns the message for the form. */
function showErrors<T extends FieldValues>(
  result: Failure,
  fields: readonly string[],
  setError: UseFormSetError<T>,
): string {
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
    if (fields.includes(field)) setError(field as FieldPath<T>, { message: messages[0] });
  return result.message;
}

function FormError({
  title,
  message,
  testId,
}: {
  title: string;
  message: string | null;
  testId: string;
}) {
  return (
    <div aria-live="assertive">
      {message ? (
        <Notice tone="error" title={title} testId={testId}>
          <p>{message}</p>
        </Notice>
      ) : null}
    </div>
  );
}

/** Opens a cartella in an area, then goes to it. */
export function OpenCaseForm({ personId }: { personId: string }) {
  const m = t.caseOverview.openForm;
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof CaseOpenSchema>>({
    resolver: caseOpenResolver,
    mode: "onSubmit",
    defaultValues: { area: undefined, motivo: "" },
  });
  const { register, handleSubmit, formState, setError } = form;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await openCaseAction(personId, values);
    if (result.ok) {
      router.push(`/cartelle/${result.data.id}`);
      return;
    }
    setFormError(showErrors(result, ["area", "motivo"], setError));
  });
  return (
    <details className="mt-4 rounded border border-line p-3">
      <summary className="cursor-pointer font-semibold text-primary">{m.summary}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4" data-testid="open-case-form">
        <FormError title={m.notSaved} message={formError} testId="open-case-error" />
        <SelectField
          label={m.area}
          required
          error={formState.errors.area?.message}
          {...register("area")}
        >
          <option value="">{m.choose}</option>
          {AREAS.map((a) => (
            <option key={a} value={a}>
              {AREA_LABELS[a]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={m.motivo}
          hint={m.motivoHint}
          error={formState.errors.motivo?.message}
          {...register("motivo")}
        />
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? m.submitting : m.submit}
        </Button>
      </form>
    </details>
  );
}

/** Asks another comune of the district to take the person over. */
export function TransferRequestForm({
  personId,
  comuni,
}: {
  personId: string;
  comuni: ComuneOption[];
}) {
  const m = t.transfers.request;
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TransferRequest>({
    resolver: transferRequestResolver,
    mode: "onSubmit",
    defaultValues: { aComuneId: "", motivo: "", nuovoIndirizzo: "" },
  });
  const { register, handleSubmit, formState, setError } = form;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await requestTransferAction(personId, values);
    if (result.ok) {
      router.refresh();
      return;
    }
    setFormError(showErrors(result, ["aComuneId", "motivo", "nuovoIndirizzo"], setError));
  });
  return (
    <details className="mt-4 rounded border border-line p-3">
      <summary className="cursor-pointer font-semibold text-primary">{m.summary}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4" data-testid="transfer-form">
        <FormError title={m.notSent} message={formError} testId="transfer-error" />
        <SelectField
          label={m.comune}
          required
          error={formState.errors.aComuneId?.message}
          {...register("aComuneId")}
        >
          <option value="">{m.choose}</option>
          {comuni.map((c) => (
            <option key={c.id} value={c.id}>
              {c.nome}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={m.motivo}
          required
          error={formState.errors.motivo?.message}
          {...register("motivo")}
        />
        <TextField
          label={m.nuovoIndirizzo}
          hint={m.nuovoIndirizzoHint}
          autoComplete="off"
          error={formState.errors.nuovoIndirizzo?.message}
          {...register("nuovoIndirizzo")}
        />
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? m.submitting : m.submit}
        </Button>
      </form>
    </details>
  );
}

/** Closes every open cartella of the person on a move out of the district. */
export function MoveOutForm({ personId }: { personId: string }) {
  const m = t.transfers.moveOut;
  const router = useRouter();
  const details = useRef<HTMLDetailsElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const form = useForm<MoveOut>({
    resolver: moveOutResolver,
    mode: "onSubmit",
    defaultValues: { motivo: "", data: "" },
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result = await moveOutOfDistrictAction(personId, values);
    if (result.ok) {
      reset();
      if (details.current) details.current.open = false;
      setDone(result.data.closed.length);
      router.refresh();
      return;
    }
    setFormError(showErrors(result, ["motivo", "data"], setError));
  });
  return (
    <>
      <div aria-live="polite" className="mt-4 empty:mt-0">
        {done !== null ? (
          <Notice tone="success" testId="move-out-done">
            {m.done(done)}
          </Notice>
        ) : null}
      </div>
      <details ref={details} className="mt-4 rounded border border-line p-3">
        <summary className="cursor-pointer font-semibold text-primary">{m.summary}</summary>
        <p className="mt-2 text-sm text-muted">{m.intro}</p>
        <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4" data-testid="move-out-form">
          <FormError title={m.notDone} message={formError} testId="move-out-error" />
          <TextAreaField
            label={m.motivo}
            required
            error={formState.errors.motivo?.message}
            {...register("motivo")}
          />
          <TextField
            label={m.data}
            type="date"
            hint={m.dataHint}
            error={formState.errors.data?.message}
            {...register("data")}
          />
          <Button type="submit" variant="danger" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? m.submitting : m.submit}
          </Button>
        </form>
      </details>
    </>
  );
}
