"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import {
  addDiaryEntryAction,
  editDiaryEntryAction,
} from "@/app/(staff)/cartelle/[id]/diario/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { DIARY_KIND_LABELS, DIARY_KINDS } from "@/lib/domain/case-file";
import { toRomeLocal } from "@/lib/domain/rome-time";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { common } from "@/lib/i18n/it/common";
import { diary } from "@/lib/i18n/it/diary-documents";
import type { DiaryEntryCreate, DiaryEntryCreateInput } from "@/lib/validation/diary";

const diaryEntryCreateResolver = lazyZodResolver(() =>
  import("@/lib/validation/diary").then((m) => m.DiaryEntryCreateSchema),
);

const t = { common, diary };

export type EditableEntry = {
  id: string;
  tipo: DiaryEntryCreateInput["tipo"];
  /** datetime-local value, Italian time */
  avvenutoIl: string;
  testo: string;
  riservato: boolean;
  versione: number;
};

type Props =
  | { mode: "create"; caseId: string; onDone?: () => void }
  | { mode: "edit"; entry: EditableEntry; onDone: () => void };

/** Writes a new diary entry, or edits one in place against the version it shows. */
export function DiaryEntryForm(props: Props) {
  const m = t.diary.form;
  const router = useRouter();
  const riservatoId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const empty: DiaryEntryCreateInput = {
    tipo: "" as DiaryEntryCreateInput["tipo"],
    avvenutoIl: toRomeLocal(new Date()),
    testo: "",
    riservato: false,
  };
  const form = useForm<DiaryEntryCreateInput, unknown, DiaryEntryCreate>({
    resolver: diaryEntryCreateResolver,
    mode: "onTouched",
    defaultValues:
      props.mode === "edit"
        ? {
            tipo: props.entry.tipo,
            avvenutoIl: props.entry.avvenutoIl,
            testo: props.entry.testo,
            riservato: props.entry.riservato,
          }
        : empty,
  });
  const { register, handleSubmit, formState, setError, reset, getValues } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    setSaved(null);
    // The raw values go to the server, which parses them with the same schema.
    const values = getValues();
    const result =
      props.mode === "edit"
        ? await editDiaryEntryAction(props.entry.id, { ...values, versione: props.entry.versione })
        : await addDiaryEntryAction(props.caseId, values);
    if (result.ok) {
      if (props.mode === "create") {
        reset({ ...empty, avvenutoIl: toRomeLocal(new Date()) });
        setSaved(m.saved);
      }
      router.refresh();
      props.onDone?.();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in empty)
        setError(field as FieldPath<DiaryEntryCreateInput>, { message: messages[0] });
    }
    setFormError(result.message);
  });

  return (
    <div className="space-y-3">
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success" testId="diary-saved">
            {saved}
          </Notice>
        ) : null}
      </div>
      <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="diary-form">
        <div aria-live="assertive">
          {formError ? (
            <Notice tone="error" title={m.notSaved} testId="diary-form-error">
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
            {DIARY_KINDS.map((k) => (
              <option key={k} value={k}>
                {DIARY_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
          <TextField
            label={m.fields.avvenutoIl}
            type="datetime-local"
            required
            hint={m.hints.avvenutoIl}
            max={`${toRomeLocal(new Date()).slice(0, 10)}T23:59`}
            error={errors.avvenutoIl?.message}
            {...register("avvenutoIl")}
          />
        </div>
        <TextAreaField
          label={m.fields.testo}
          required
          rows={6}
          maxLength={20_000}
          hint={m.hints.testo}
          error={errors.testo?.message}
          {...register("testo")}
        />
        <div className="flex items-start gap-3">
          <input
            id={riservatoId}
            type="checkbox"
            className="mt-1 size-5 accent-primary"
            aria-describedby={`${riservatoId}-hint`}
            {...register("riservato")}
          />
          <div>
            <label htmlFor={riservatoId} className="font-semibold">
              {m.fields.riservato}
            </label>
            <p id={`${riservatoId}-hint`} className="text-sm text-muted">
              {m.hints.riservato}
            </p>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? m.submitting : props.mode === "edit" ? m.save : m.submit}
          </Button>
          {props.mode === "edit" ? (
            <Button type="button" variant="secondary" onClick={props.onDone}>
              {m.cancel}
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
