"use client";

import { useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { changePasswordAction } from "@/app/account/password/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { account } from "@/lib/i18n/it/account";
import { common } from "@/lib/i18n/it/common";
import type { PasswordChange } from "@/lib/validation/account";

const passwordChangeResolver = lazyZodResolver(() =>
  import("@/lib/validation/account").then((m) => m.PasswordChangeSchema),
);

const t = { account, common };

const FIELDS = ["attuale", "nuova", "conferma"] as const;

/** On success the action signs the user out and the browser goes to the login page. */
export function PasswordForm({ email }: { email: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [visible, setVisible] = useState(false);
  const form = useForm<PasswordChange>({
    resolver: passwordChangeResolver,
    mode: "onTouched",
    defaultValues: { attuale: "", nuova: "", conferma: "" },
  });
  const { register, handleSubmit, formState, setError } = form;
  const errors = formState.errors;
  const copy = t.account.password;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await changePasswordAction(values);
    if (!result || result.ok) return;
    const fieldErrors = result.fieldErrors ?? {};
    for (const [field, messages] of Object.entries(fieldErrors)) {
      if ((FIELDS as readonly string[]).includes(field))
        setError(field as FieldPath<PasswordChange>, { message: messages.join(" ") });
    }
    if (!FIELDS.some((f) => fieldErrors[f])) setFormError(result.message);
  });

  const type = visible ? "text" : "password";
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-xl space-y-4"
      aria-describedby="campi-obbligatori"
    >
      <p id="campi-obbligatori" className="text-sm text-muted">
        {t.common.requiredFields}
      </p>
      <div aria-live="assertive">
        {formError ? (
          <Notice tone="error" title={copy.notChanged} testId="form-error">
            <p>{formError}</p>
          </Notice>
        ) : null}
      </div>
      {/* For password managers: the account whose password this is. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label={copy.fields.attuale}
        type={type}
        required
        autoComplete="current-password"
        error={errors.attuale?.message}
        {...register("attuale")}
      />
      <TextField
        label={copy.fields.nuova}
        type={type}
        required
        autoComplete="new-password"
        hint={copy.newHint}
        error={errors.nuova?.message}
        {...register("nuova")}
      />
      <TextField
        label={copy.fields.conferma}
        type={type}
        required
        autoComplete="new-password"
        error={errors.conferma?.message}
        {...register("conferma")}
      />
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          className="h-4 w-4"
          checked={visible}
          onChange={(e) => setVisible(e.target.checked)}
        />
        {copy.show}
      </label>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? copy.submitting : copy.submit}
      </Button>
    </form>
  );
}
