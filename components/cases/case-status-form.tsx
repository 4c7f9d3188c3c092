"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { changeCaseStatusAction } from "@/app/(staff)/cartelle/[id]/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { caseOverview } from "@/lib/i18n/it/case-overview";
import type { CaseAction, CaseStatusChange } from "@/lib/validation/cases";

const caseStatusChangeResolver = lazyZodResolver(() =>
  import("@/lib/validation/cases").then((m) => m.CaseStatusChangeSchema),
);

const t = { caseOverview };

const m = t.caseOverview.status;

/** Suspend, resume, close or reopen; the reason is kept in the history (required to close). */
export function CaseStatusForm({ caseId, actions }: { caseId: string; actions: CaseAction[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<CaseStatusChange>({
    resolver: caseStatusChangeResolver,
    mode: "onSubmit",
    defaultValues: { azione: actions[0], motivo: "" },
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  // After a change the page refreshes with the actions of the new status.
  const first = actions[0];
  useEffect(() => reset({ azione: first, motivo: "" }), [first, reset]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await changeCaseStatusAction(caseId, values);
    if (result.ok) {
      setSaved(true);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
      if (field === "azione" || field === "motivo") setError(field, { message: messages[0] });
    setFormError(result.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4" data-testid="case-status-form">
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success" testId="case-status-saved">
            {m.saved}
          </Notice>
        ) : null}
      </div>
      <div aria-live="assertive">
        {formError ? (
          <Notice tone="error" title={m.notSaved} testId="case-status-error">
            <p>{formError}</p>
          </Notice>
        ) : null}
      </div>
      <SelectField
        label={m.action}
        error={formState.errors.azione?.message}
        {...register("azione")}
      >
        {actions.map((a) => (
          <option key={a} value={a}>
            {m.actions[a]}
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
  );
}
