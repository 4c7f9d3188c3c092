"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import {
  previewDocumentTemplateAction,
  saveDocumentTemplateAction,
} from "@/app/(staff)/modelli/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { type DocumentKind, TEMPLATE_FIELDS } from "@/lib/domain/decision-documents";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { documents } from "@/lib/i18n/it/documents";
import type { DocumentTemplate, DocumentTemplateInput } from "@/lib/validation/document-template";

const documentTemplateResolver = lazyZodResolver(() =>
  import("@/lib/validation/document-template").then((m) => m.DocumentTemplateSchema),
);

const t = { documents };

const m = t.documents.templates;

type Preview = { oggetto: string; paragraphs: string[] };

/** The coordinator's editor of one template: fields beside the text, a preview with invented data. */
export function TemplateEditor({
  kind,
  initial,
  standard,
}: {
  kind: DocumentKind;
  initial: DocumentTemplateInput;
  standard: DocumentTemplateInput;
}) {
  const router = useRouter();
  const fieldsId = useId();
  const previewId = useId();
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const form = useForm<DocumentTemplateInput, unknown, DocumentTemplate>({
    resolver: documentTemplateResolver,
    mode: "onTouched",
    defaultValues: initial,
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;

  function showFieldErrors(fieldErrors: Record<string, string[]> | undefined) {
    for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
      setError(field as FieldPath<DocumentTemplateInput>, { message: messages[0] });
    }
  }

  const onSave = handleSubmit(async (values) => {
    setStatus(null);
    const result = await saveDocumentTemplateAction(kind, values);
    if (result.ok) {
      setStatus({ ok: true, message: m.savedBody });
      reset(values);
      router.refresh();
      return;
    }
    showFieldErrors(result.fieldErrors);
    setStatus({ ok: false, message: result.message });
  });

  const onPreview = handleSubmit(async (values) => {
    setPreviewing(true);
    const result = await previewDocumentTemplateAction(kind, values);
    setPreviewing(false);
    if (result.ok) {
      setPreview(result.data);
      return;
    }
    showFieldErrors(result.fieldErrors);
    setPreview(null);
    setStatus({ ok: false, message: result.message });
  });

  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <div className="space-y-6">
        <form onSubmit={onSave} noValidate className="space-y-4">
          <div aria-live="polite">
            {status ? (
              <Notice
                tone={status.ok ? "success" : "error"}
                title={status.ok ? m.saved : m.notSaved}
                testId={status.ok ? "template-saved" : "form-error"}
              >
                {status.message}
              </Notice>
            ) : null}
          </div>
          <TextField
            label={m.fields.oggetto}
            required
            maxLength={200}
            autoComplete="off"
            error={errors.oggetto?.message}
            {...register("oggetto")}
          />
          <TextAreaField
            label={m.fields.corpo}
            required
            rows={18}
            maxLength={20_000}
            hint={m.corpoHint}
            className="font-mono text-sm"
            error={errors.corpo?.message}
            {...register("corpo")}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? m.saving : m.save}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={onPreview}
              disabled={previewing}
              aria-controls={previewId}
            >
              {m.preview}
            </Button>
            <Button
              type="button"
              variant="ghost"
              onClick={() => {
                reset(standard, { keepDefaultValues: true });
                setPreview(null);
              }}
            >
              {m.restoreDefault}
            </Button>
          </div>
        </form>
        <section
          id={previewId}
          aria-labelledby={`${previewId}-title`}
          aria-live="polite"
          className="rounded border border-line bg-white p-5 shadow-sm"
          data-testid="template-preview"
        >
          <h2 id={`${previewId}-title`} className="mb-3 text-xl font-bold text-primary-darker">
            {m.previewTitle}
          </h2>
          {preview ? (
            <div className="space-y-3">
              <p className="font-semibold">{m.previewSubject(preview.oggetto)}</p>
              {preview.paragraphs.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: order is the identity here
                <p key={i} className="whitespace-pre-wrap break-words">
                  {p}
                </p>
              ))}
            </div>
          ) : (
            <p className="text-muted">{m.previewEmpty}</p>
          )}
        </section>
      </div>
      <aside
        id={fieldsId}
        aria-labelledby={`${fieldsId}-title`}
        className="lg:sticky lg:top-4 lg:self-start"
      >
        <div className="rounded border border-line bg-white p-5 shadow-sm">
          <h2 id={`${fieldsId}-title`} className="text-xl font-bold text-primary-darker">
            {m.available}
          </h2>
          <p className="mb-3 text-sm text-muted">{m.availableHint}</p>
          <dl className="space-y-2" data-testid="template-fields">
            {Object.entries(TEMPLATE_FIELDS).map(([name, label]) => (
              <div key={name}>
                <dt>
                  <code className="rounded bg-primary-light px-1 font-mono text-sm">{`{{${name}}}`}</code>
                </dt>
                <dd className="text-sm">{label}</dd>
              </div>
            ))}
          </dl>
        </div>
      </aside>
    </div>
  );
}
