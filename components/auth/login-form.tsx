"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { type LoginState, login } from "@/app/login/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { auth } from "@/lib/i18n/it/auth";

const t = { auth };

export function LoginForm() {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  // Controlled, so that e-mail and password survive the second step (the code).
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const otpRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.askOtp) otpRef.current?.focus();
    else if (state.error) setPassword("");
  }, [state]);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error ? (
        <Notice tone="error" live testId="login-error">
          {state.error}
        </Notice>
      ) : null}
      {state.notice && !state.error ? (
        <Notice tone="info" live testId="login-notice">
          {state.notice}
        </Notice>
      ) : null}
      <TextField
        label={t.auth.email}
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        label={t.auth.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {state.askOtp ? (
        <TextField
          ref={otpRef}
          label={t.auth.otp}
          hint={t.auth.otpHint}
          name="otp"
          inputMode="text"
          autoComplete="one-time-code"
          required
          maxLength={20}
        />
      ) : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t.auth.submitting : t.auth.submit}
      </Button>
    </form>
  );
}
