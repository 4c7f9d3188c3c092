"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { mergePersonsAction } from "@/app/(staff)/persone/registry-actions";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { registry } from "@/lib/i18n/it/registry";

const t = { registry };

type Side = { id: string; name: string };

/** Which record stays, and why: the coordinator's confirmation of a merge. */
export function MergeForm({ self, other }: { self: Side; other: Side }) {
  const router = useRouter();
  const [keepId, setKeepId] = useState(other.id);
  const [motivo, setMotivo] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string[]> } | null>(
    null,
  );

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    const dropId = keepId === self.id ? other.id : self.id;
    const result = await mergePersonsAction({ keepId, dropId, motivo });
    if (result.ok) {
      router.push(`/persone/${result.data.keepId}`);
      return;
    }
    setPending(false);
    setError({ message: result.message, fields: result.fieldErrors ?? {} });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 max-w-3xl space-y-4">
      <div aria-live="assertive">
        {error ? (
          <Notice tone="error" title={t.registry.merge.notMerged} testId="form-error">
            <p>{error.message}</p>
            {error.fields.dropId?.[0] ? <p>{error.fields.dropId[0]}</p> : null}
          </Notice>
        ) : null}
      </div>
      <fieldset className="space-y-1">
        <legend className="font-semibold">{t.registry.merge.keepLegend}</legend>
        {[
          { id: other.id, label: t.registry.merge.keepOther(other.name) },
          { id: self.id, label: t.registry.merge.keepThis(self.name) },
        ].map((o) => (
          <label key={o.id} className="flex items-center gap-2">
            <input
              type="radio"
              name="keep"
              className="h-4 w-4 accent-primary"
              checked={keepId === o.id}
              onChange={() => setKeepId(o.id)}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={t.registry.merge.reason}
        hint={t.registry.merge.reasonHint}
        required
        maxLength={500}
        value={motivo}
        onChange={(e) => setMotivo(e.target.value)}
        error={error?.fields.motivo?.[0]}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t.registry.merge.submitting : t.registry.merge.submit}
      </Button>
    </form>
  );
}
