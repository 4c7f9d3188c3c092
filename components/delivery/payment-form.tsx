"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { recordPaymentAction } from "@/app/(staff)/richieste/delivery-actions";
import { Button } from "@/components/ui/button";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { delivery } from "@/lib/i18n/it/delivery";
import type { PaymentInput } from "@/lib/validation/delivery";
import { TOTALS_ID } from "./ids";

const paymentResolver = lazyZodResolver(() =>
  import("@/lib/validation/delivery").then((m) => m.PaymentSchema),
);

const t = { delivery };

/** "Registra liquidazione" for one unpaid instalment: the reference of the payment order. */
export function PaymentForm({
  requestId,
  instalmentId,
  n,
  month,
}: {
  requestId: string;
  instalmentId: string;
  n: number;
  month: string;
}) {
  const router = useRouter();
  const id = useId();
  const m = t.delivery.pay;
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<PaymentInput>({
    resolver: paymentResolver,
    defaultValues: { riferimento: "" },
  });
  const error = formState.errors.riferimento?.message ?? formState.errors.pagataIl?.message;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await recordPaymentAction(requestId, instalmentId, values);
    if (result.ok) {
      // The row turns into a paid one; the totals, a live region, take the focus.
      document.getElementById(TOTALS_ID)?.focus();
      router.refresh();
      return;
    }
    const fields = Object.entries(result.fieldErrors ?? {});
    for (const [field, messages] of fields) {
      const name = field === "pagataIl" ? "pagataIl" : "riferimento";
      setError(name as FieldPath<PaymentInput>, { message: messages[0] });
    }
    if (fields.length === 0) setFormError(result.message);
  });

  const message = error ?? formError;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-2">
      <label htmlFor={`${id}-ref`} className="sr-only">
        {m.referenceFor(n, month)}
      </label>
      <input
        id={`${id}-ref`}
        type="text"
        maxLength={60}
        autoComplete="off"
        placeholder={m.reference}
        aria-invalid={Boolean(message)}
        aria-describedby={message ? `${id}-err` : undefined}
        className="w-44 rounded border border-[#5c6f82] bg-white px-2 py-1 text-sm aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger"
        data-testid={`payment-reference-${n}`}
        {...register("riferimento")}
      />
      <Button
        type="submit"
        size="sm"
        disabled={formState.isSubmitting}
        aria-label={formState.isSubmitting ? undefined : m.submitFor(n, month)}
      >
        {formState.isSubmitting ? m.submitting : m.submit}
      </Button>
      <div aria-live="assertive" className="basis-full">
        {message ? (
          <p
            id={`${id}-err`}
            className="text-sm font-semibold text-danger"
            data-testid="field-error"
          >
            {message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
