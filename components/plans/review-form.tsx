"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { recordReviewAction } from "@/app/(staff)/cartelle/[id]/progetto/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { plans } from "@/lib/i18n/it/plans";
import type { ReviewInput } from "@/lib/validation/plan";

const reviewResolver = lazyZodResolver(() =>
  import("@/lib/validation/plan").then((m) => m.ReviewSchema),
);

const t = { plans };

const m = t.plans.plan;
const FIELDS = ["data", "esito", "prossimaVerifica", "concludi"] as const;

/** A review of the plan: the next review date, or the plan's conclusion. */
export function ReviewForm({ planId, today }: { planId: string; today: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const empty = { data: today, esito: "", prossimaVerifica: "", concludi: false };
  const form = useForm<ReviewInput>({
    resolver: reviewResolver,
    mode: "onSubmit",
    defaultValues: empty,
  });
  const { register, handleSubmit, formState, setError, reset, watch } = form;
  const errors = formState.errors;
  const concludes = watch("concludi");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await recordReviewAction(planId, values);
    if (result.ok) {
      reset(empty);
      setSaved(true);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if ((FIELDS as readonly string[]).includes(field))
        setError(field as FieldPath<ReviewInput>, { message: messages[0] });
    }
    setFormError(result.message);
  });

  return (
    <details className="mt-4 rounded border border-line p-3">
      <summary className="cursor-pointer font-semibold text-primary">{m.review}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        <div aria-live="assertive">
          {formError ? (
            <Notice tone="error" title={m.reviewNotSaved} testId="review-form-error">
              <p>{formError}</p>
            </Notice>
          ) : null}
        </div>
        <TextField
          label={m.reviewDate}
          type="date"
          required
          max={today}
          error={errors.data?.message}
          {...register("data")}
        />
        <TextAreaField
          label={m.reviewOutcome}
          required
          maxLength={4000}
          error={errors.esito?.message}
          {...register("esito")}
        />
        <label className="flex items-center gap-2">
          <input type="checkbox" className="h-4 w-4 accent-primary" {...register("concludi")} />
          {m.conclude}
        </label>
        {concludes ? null : (
          <TextField
            label={m.nextReview}
            type="date"
            required
            min={today}
            error={errors.prossimaVerifica?.message}
            {...register("prossimaVerifica")}
          />
        )}
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? m.submitting : m.reviewSubmit}
        </Button>
      </form>
      <div aria-live="polite" className="mt-2">
        {saved ? (
          <Notice tone="success" testId="review-saved">
            {m.reviewSaved}
          </Notice>
        ) : null}
      </div>
    </details>
  );
}
