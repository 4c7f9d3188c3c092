"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  confirmEnrollmentAction,
  disableAction,
  startEnrollmentAction,
} from "@/app/account/mfa/actions";
import { Button, buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { mfa } from "@/lib/i18n/it/mfa";

const t = { mfa };

const m = t.mfa;

export function MfaEnrollment() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | undefined>();
  const [code, setCode] = useState("");
  const [setup, setSetup] = useState<{ secret: string; qr: string } | null>(null);
  const [recovery, setRecovery] = useState<string[] | null>(null);

  if (recovery) {
    return (
      <section aria-labelledby="recovery-title" className="max-w-2xl space-y-4">
        <Notice tone="success" live title={m.active} />
        <h2 id="recovery-title" className="text-2xl font-bold text-primary-darker">
          {m.recoveryTitle}
        </h2>
        <p>{m.recoveryBody}</p>
        <ul className="grid grid-cols-2 gap-2 font-mono text-lg" data-testid="recovery-codes">
          {recovery.map((c) => (
            <li key={c} className="rounded border border-line px-3 py-1">
              {c}
            </li>
          ))}
        </ul>
        <Link href="/scrivania" className={buttonClass()}>
          {m.recoveryDone}
        </Link>
      </section>
    );
  }

  if (!setup) {
    return (
      <div className="space-y-3">
        {error ? (
          <Notice tone="error" live testId="form-error">
            {error}
          </Notice>
        ) : null}
        <Button
          type="button"
          disabled={pending}
          onClick={async () => {
            setPending(true);
            const result = await startEnrollmentAction();
            setPending(false);
            if (result.ok) setSetup(result.data);
            else setError(result.message);
          }}
        >
          {m.start}
        </Button>
      </div>
    );
  }

  return (
    <form
      noValidate
      className="max-w-2xl space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setPending(true);
        setCodeError(undefined);
        const result = await confirmEnrollmentAction({ code });
        setPending(false);
        if (result.ok) setRecovery(result.data.recoveryCodes);
        else setCodeError(result.fieldErrors?.code?.[0] ?? result.message);
      }}
    >
      <p>{m.scan}</p>
      {/* biome-ignore lint/performance/noImgElement: an inline data: SVG, nothing for next/image to optimise */}
      <img
        src={setup.qr}
        alt={m.qrAlt}
        width={200}
        height={200}
        className="rounded border border-line bg-white p-2"
      />
      <p>
        {m.secretLabel}:{" "}
        <code className="font-mono text-lg break-all" data-testid="totp-secret">
          {setup.secret}
        </code>
      </p>
      <TextField
        label={m.code}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={codeError}
      />
      <Button type="submit" disabled={pending}>
        {pending ? m.confirming : m.confirm}
      </Button>
    </form>
  );
}

export function MfaDisable() {
  const router = useRouter();
  const [code, setCode] = useState("");
  const [codeError, setCodeError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  return (
    <form
      noValidate
      className="max-w-md space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        setPending(true);
        const result = await disableAction({ code });
        setPending(false);
        if (result.ok) router.refresh();
        else setCodeError(result.fieldErrors?.code?.[0] ?? result.message);
      }}
    >
      <h2 className="text-xl font-bold text-primary-darker">{m.disableTitle}</h2>
      <p>{m.disableBody}</p>
      <TextField
        label={m.code}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={codeError}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {m.disable}
      </Button>
    </form>
  );
}
