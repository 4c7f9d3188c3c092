"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { transitionRequestAction } from "@/app/(staff)/richieste/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { ACTION_LABELS, type RequestAction, requiresReason } from "@/lib/domain/request-workflow";
import { common } from "@/lib/i18n/it/common";
import { requests } from "@/lib/i18n/it/requests";

const t = { common, requests };

const DANGER: readonly RequestAction[] = ["respingi", "revoca", "preavviso_rigetto"];

/** One reason box, one button per action the user may take now. */
export function TransitionForm({
  requestId,
  actions,
}: {
  requestId: string;
  actions: RequestAction[];
}) {
  const router = useRouter();
  const headingId = useId();
  const [nota, setNota] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notaError, setNotaError] = useState<string | undefined>();
  const [pending, setPending] = useState<RequestAction | null>(null);

  async function run(action: RequestAction) {
    setError(null);
    setNotaError(undefined);
    // The schema (with zod) is loaded on the first click: it is not part of the first load.
    const { RequestTransitionSchema } = await import("@/lib/validation/request");
    const parsed = RequestTransitionSchema.safeParse({ action, nota: nota || undefined });
    if (!parsed.success) {
      setNotaError(parsed.error.issues[0]?.message);
      return;
    }
    if (requiresReason(action) && !nota.trim()) {
      setNotaError(t.requests.transition.reasonRequired(ACTION_LABELS[action]));
      return;
    }
    setPending(action);
    const result = await transitionRequestAction(requestId, parsed.data);
    setPending(null);
    if (result.ok) {
      setNota("");
      router.refresh();
      return;
    }
    if (result.fieldErrors?.nota) setNotaError(result.fieldErrors.nota[0]);
    else setError(result.message);
  }

  return (
    <section aria-labelledby={headingId} className="rounded border-2 border-primary bg-white p-5">
      <h2 id={headingId} className="mb-3 text-xl font-bold text-primary-darker">
        {t.requests.transition.title}
      </h2>
      <div aria-live="assertive">
        {error ? (
          <Notice tone="error" testId="form-error">
            {error}
          </Notice>
        ) : null}
      </div>
      <form onSubmit={(e) => e.preventDefault()} noValidate className="space-y-4">
        <TextAreaField
          label={t.requests.transition.reason}
          name="nota"
          hint={t.requests.transition.reasonHint}
          maxLength={4000}
          value={nota}
          onChange={(e) => setNota(e.target.value)}
          error={notaError}
        />
        <div className="flex flex-wrap gap-2">
          {actions.map((a) => (
            <Button
              key={a}
              type="button"
              variant={DANGER.includes(a) ? "danger" : a === "approva" ? "primary" : "secondary"}
              disabled={pending !== null}
              onClick={() => run(a)}
            >
              {pending === a ? t.common.pleaseWait : ACTION_LABELS[a]}
            </Button>
          ))}
        </div>
      </form>
    </section>
  );
}
