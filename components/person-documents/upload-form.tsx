"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldShell, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { common } from "@/lib/i18n/it/common";
import { personDocuments } from "@/lib/i18n/it/diary-documents";
import type { UploadInput, UploadValues } from "./upload-schema";

const t = { common, personDocuments };

const control =
  "block w-full rounded border border-[#5c6f82] bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger";

type Problem = { detail?: string; errors?: Record<string, string[]> };

/**
 * Uploads a document to the API (multipart): the server reads the type from the content,
 * cleans the name and limits the size; its refusals come back as field errors.
 */
export function UploadForm({
  personId,
  caseId,
  maxMb,
}: {
  personId: string;
  caseId: string;
  maxMb: number;
}) {
  const m = t.personDocuments.form;
  const router = useRouter();
  const generaleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const resolver = useMemo(
    () => lazyZodResolver(() => import("./upload-schema").then((s) => s.uploadSchema(maxMb))),
    [maxMb],
  );
  const form = useForm<UploadInput, unknown, UploadValues>({
    resolver,
    mode: "onTouched",
    defaultValues: { titolo: "", generale: false },
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(null);
    const body = new FormData();
    body.set("titolo", values.titolo);
    if (!values.generale) body.set("caseId", caseId);
    body.set("file", values.file[0] as File);
    let res: Response;
    try {
      res = await fetch(`/api/v1/persons/${personId}/documents`, { method: "POST", body });
    } catch {
      setFormError(m.failed);
      return;
    }
    if (res.ok) {
      const doc = (await res.json()) as { nomeFile: string };
      // The file input keeps its file through react-hook-form's reset: the form's own clears it.
      formRef.current?.reset();
      reset({ titolo: "", generale: false });
      setSaved(m.saved(doc.nomeFile));
      router.refresh();
      return;
    }
    const problem = (await res.json().catch(() => ({}))) as Problem;
    for (const [field, messages] of Object.entries(problem.errors ?? {})) {
      const target = field === "caseId" ? "generale" : field;
      if (["titolo", "file", "generale"].includes(target))
        setError(target as FieldPath<UploadInput>, { message: messages[0] });
    }
    setFormError(problem.detail ?? m.failed);
  });

  return (
    <div className="space-y-3">
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success" testId="upload-saved">
            {saved}
          </Notice>
        ) : null}
      </div>
      <form
        ref={formRef}
        onSubmit={onSubmit}
        noValidate
        className="space-y-4"
        data-testid="upload-form"
      >
        <div aria-live="assertive">
          {formError ? (
            <Notice tone="error" title={m.notSaved} testId="upload-error">
              <p>{formError}</p>
            </Notice>
          ) : null}
        </div>
        <p className="text-sm text-muted">{t.common.requiredFields}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={m.fields.titolo}
            required
            maxLength={200}
            autoComplete="off"
            error={errors.titolo?.message}
            {...register("titolo")}
          />
          <FieldShell
            label={m.fields.file}
            required
            hint={m.hints.file(maxMb)}
            error={errors.file?.message as string | undefined}
          >
            {(ids) => (
              <input
                id={ids.id}
                type="file"
                accept="application/pdf,image/jpeg,image/png,image/webp"
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                required
                className={control}
                {...register("file")}
              />
            )}
          </FieldShell>
        </div>
        <div className="flex items-start gap-3">
          <input
            id={generaleId}
            type="checkbox"
            className="mt-1 size-5 accent-primary"
            aria-describedby={`${generaleId}-hint`}
            {...register("generale")}
          />
          <div>
            <label htmlFor={generaleId} className="font-semibold">
              {m.fields.generale}
            </label>
            <p id={`${generaleId}-hint`} className="text-sm text-muted">
              {m.hints.generale}
            </p>
          </div>
        </div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? m.submitting : m.submit}
        </Button>
      </form>
    </div>
  );
}
