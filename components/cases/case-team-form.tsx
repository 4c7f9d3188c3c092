"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { changeCaseTeamAction } from "@/app/(staff)/cartelle/[id]/actions";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { caseOverview } from "@/lib/i18n/it/case-overview";
import type { TeamMember } from "@/lib/validation/cases";

const teamMemberResolver = lazyZodResolver(() =>
  import("@/lib/validation/cases").then((m) => m.TeamMemberSchema),
);

const t = { caseOverview };

const m = t.caseOverview.team;

/** Adds an active social worker of the cartella's comune to the équipe. */
export function AddTeamMemberForm({
  caseId,
  candidates,
}: {
  caseId: string;
  candidates: { userId: string; nome: string }[];
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TeamMember>({
    resolver: teamMemberResolver,
    mode: "onSubmit",
    defaultValues: { utenteId: "" },
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  if (candidates.length === 0) return <p className="mt-3 text-sm text-muted">{m.noCandidates}</p>;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await changeCaseTeamAction(caseId, { azione: "aggiungi", ...values });
    if (result.ok) {
      reset({ utenteId: "" });
      router.refresh();
      return;
    }
    const message = result.fieldErrors?.utenteId?.[0];
    if (message) setError("utenteId", { message });
    setFormError(result.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-3" data-testid="team-add-form">
      <div aria-live="assertive">
        {formError ? (
          <Notice tone="error" title={m.notSaved}>
            <p>{formError}</p>
          </Notice>
        ) : null}
      </div>
      <SelectField
        label={m.worker}
        error={formState.errors.utenteId?.message}
        {...register("utenteId")}
      >
        <option value="">{m.choose}</option>
        {candidates.map((c) => (
          <option key={c.userId} value={c.userId}>
            {c.nome}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? m.adding : m.add}
      </Button>
    </form>
  );
}

/** Name a member referente, or take them off the équipe. */
export function TeamMemberActions({
  caseId,
  userId,
  nome,
}: {
  caseId: string;
  userId: string;
  nome: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (azione: "referente" | "rimuovi") =>
    startTransition(async () => {
      setError(null);
      const result = await changeCaseTeamAction(caseId, { azione, utenteId: userId });
      if (result.ok) router.refresh();
      else setError(result.message);
    });
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          size="sm"
          variant="secondary"
          disabled={pending}
          aria-label={m.referenteLabel(nome)}
          onClick={() => run("referente")}
        >
          {m.makeReferente}
        </Button>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          disabled={pending}
          aria-label={m.removeLabel(nome)}
          onClick={() => run("rimuovi")}
        >
          {m.remove}
        </Button>
      </div>
      <div aria-live="assertive">
        {error ? (
          <Notice tone="error" title={m.notSaved}>
            <p>{error}</p>
          </Notice>
        ) : null}
      </div>
    </div>
  );
}
