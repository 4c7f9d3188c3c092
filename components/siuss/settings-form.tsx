"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { saveSiussSettingsAction } from "@/app/(staff)/siuss/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { siuss } from "@/lib/i18n/it/siuss";
import type { SiussSettingsSchema } from "@/lib/validation/siuss";

const siussSettingsResolver = lazyZodResolver(() =>
  import("@/lib/validation/siuss").then((m) => m.SiussSettingsSchema),
);

const t = { siuss };

type Values = z.input<typeof SiussSettingsSchema>;
const m = t.siuss.settings;

/** The codice fiscale of the SIUSS operator, sent as CFOperatore with every flusso. */
export function SiussSettingsForm({ cfOperatore }: { cfOperatore: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof SiussSettingsSchema>>({
    resolver: siussSettingsResolver,
    mode: "onSubmit",
    defaultValues: { cfOperatore },
  });
  const { register, handleSubmit, formState, setError } = form;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await saveSiussSettingsAction(values);
    if (result.ok) {
      setSaved(true);
      router.refresh();
      return;
    }
    const cf = result.fieldErrors?.cfOperatore?.[0];
    if (cf) setError("cfOperatore", { message: cf });
    setFormError(result.message);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success" testId="siuss-settings-saved">
            {m.saved}
          </Notice>
        ) : null}
        {formError ? (
          <Notice tone="error" title={m.notSaved}>
            <p>{formError}</p>
          </Notice>
        ) : null}
      </div>
      <TextField
        label={m.cf}
        autoComplete="off"
        spellCheck={false}
        maxLength={16}
        required
        error={formState.errors.cfOperatore?.message}
        {...register("cfOperatore")}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? m.submitting : m.submit}
      </Button>
    </form>
  );
}
