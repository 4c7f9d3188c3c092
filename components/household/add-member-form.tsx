"use client";

import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { addHouseholdMemberAction } from "@/app/(staff)/persone/[id]/household-actions";
import { type SearchState, searchPersonsAction } from "@/app/(staff)/persone/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/domain/format";
import { HOUSEHOLD_RELATIONS, RELATION_LABELS } from "@/lib/domain/household";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { plans } from "@/lib/i18n/it/plans";
import type { HouseholdMemberInput } from "@/lib/validation/household";

const householdMemberResolver = lazyZodResolver(() =>
  import("@/lib/validation/household").then((m) => m.HouseholdMemberSchema),
);

const t = { plans };

const m = t.plans.household;
const FIELDS = ["collegataId", "relazione"] as const;
// "" shows the empty choice, and is refused by the schema like a missing relation.
const EMPTY = { collegataId: "", relazione: "" } as unknown as HouseholdMemberInput;

/** Search the registry (the text goes in a POST body), pick the person, say the relation. */
export function AddMemberForm({ personId }: { personId: string }) {
  const router = useRouter();
  const [search, searchAction, searching] = useActionState<SearchState, FormData>(
    searchPersonsAction,
    { done: false, results: [] },
  );
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<HouseholdMemberInput>({
    resolver: householdMemberResolver,
    mode: "onSubmit",
    defaultValues: EMPTY,
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;
  const results = search.results.filter((p) => p.id !== personId);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await addHouseholdMemberAction(personId, values);
    if (result.ok) {
      reset(EMPTY);
      setSaved(true);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if ((FIELDS as readonly string[]).includes(field))
        setError(field as FieldPath<HouseholdMemberInput>, { message: messages[0] });
    }
    setFormError(result.message);
  });

  return (
    <details className="mt-4 rounded border border-line p-3">
      <summary className="cursor-pointer font-semibold text-primary">{m.addMember}</summary>
      <p className="mt-2 text-sm text-muted">{m.addMemberIntro}</p>
      <form action={searchAction} className="mt-3 flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <TextField label={m.searchLabel} name="q" autoComplete="off" maxLength={100} />
        </div>
        <Button type="submit" variant="secondary" disabled={searching}>
          {searching ? m.searching : m.search}
        </Button>
      </form>
      <div aria-live="polite" className="mt-2 text-sm">
        {search.error ? <p className="text-danger">{search.error}</p> : null}
        {search.done && !search.error && results.length === 0 ? <p>{m.noResults}</p> : null}
      </div>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        <div aria-live="assertive">
          {formError ? (
            <Notice tone="error" title={m.notSaved} testId="member-form-error">
              <p>{formError}</p>
            </Notice>
          ) : null}
        </div>
        <SelectField
          label={m.choosePerson}
          required
          error={errors.collegataId?.message}
          {...register("collegataId")}
        >
          <option value="">{m.choosePersonEmpty}</option>
          {results.map((p) => (
            <option key={p.id} value={p.id}>
              {p.cognome} {p.nome} · {m.bornOn(formatDate(p.dataNascita))} · {p.comune}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={m.relation}
          required
          error={errors.relazione?.message}
          {...register("relazione")}
        >
          <option value="">—</option>
          {HOUSEHOLD_RELATIONS.map((r) => (
            <option key={r} value={r}>
              {RELATION_LABELS[r]}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? m.submitting : m.addMemberSubmit}
        </Button>
      </form>
      <div aria-live="polite" className="mt-2">
        {saved ? (
          <Notice tone="success" testId="member-saved">
            {m.saved}
          </Notice>
        ) : null}
      </div>
    </details>
  );
}
