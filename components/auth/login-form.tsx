"use client";

import { useActionState } from "react";
import { type LoginState, login } from "@/app/login/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { t } from "@/lib/i18n";

export function LoginForm() {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error ? (
        <Notice tone="error" live testId="login-error">
          {state.error}
        </Notice>
      ) : null}
      <TextField
        label={t.auth.email}
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
      />
      <TextField
        label={t.auth.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t.auth.submitting : t.auth.submit}
      </Button>
    </form>
  );
}
