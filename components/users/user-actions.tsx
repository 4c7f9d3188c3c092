"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { endSessionsAction, resetPasswordAction } from "@/app/(staff)/utenti/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { common } from "@/lib/i18n/it/common";
import { users } from "@/lib/i18n/it/users";

const t = { common, users };

type Kind = "reset" | "end";
type Outcome =
  | { kind: "reset"; password: string }
  | { kind: "end"; ended: number }
  | { kind: "error"; message: string };

/**
 * "Reimposta password" and "Chiudi sessioni" for one user, each confirmed by a second press.
 * Focus goes to the confirmation and back to the button on cancel.
 */
export function UserActions({ userId, nome }: { userId: string; nome: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<Kind | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const endRef = useRef<HTMLButtonElement>(null);
  const copy = t.users;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const cancel = () => {
    const back = confirming === "reset" ? resetRef : endRef;
    setConfirming(null);
    // After the confirmation group is gone and the buttons are back.
    requestAnimationFrame(() => back.current?.focus());
  };

  const run = async () => {
    const kind = confirming;
    if (!kind) return;
    setPending(true);
    setOutcome(null);
    const result =
      kind === "reset" ? await resetPasswordAction(userId) : await endSessionsAction(userId);
    setPending(false);
    setConfirming(null);
    if (!result.ok) setOutcome({ kind: "error", message: result.message });
    else if (typeof result.data === "number") setOutcome({ kind: "end", ended: result.data });
    else setOutcome({ kind: "reset", password: result.data.temporaryPassword });
    router.refresh();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && !pending) cancel();
  };

  return (
    <div className="space-y-2">
      <div aria-live="polite">
        {outcome?.kind === "reset" ? (
          <Notice tone="success" title={copy.reset.doneTitle(nome)} testId="reset-done">
            <p>{copy.reset.doneBody}</p>
            <p className="mt-1">
              <code
                className="rounded bg-white px-2 py-1 font-mono text-lg"
                data-testid="temporary-password"
              >
                {outcome.password}
              </code>
            </p>
          </Notice>
        ) : outcome?.kind === "end" ? (
          <Notice tone="success" testId="sessions-ended">
            {copy.endSessions.done(nome, outcome.ended)}
          </Notice>
        ) : outcome?.kind === "error" ? (
          <Notice tone="error" title={copy.failed} testId="user-action-error">
            {outcome.message}
          </Notice>
        ) : null}
      </div>
      {confirming ? (
        <fieldset className="space-y-2 rounded border border-warning bg-[#fdf3e6] p-3">
          <legend className="float-left mb-2">
            {confirming === "reset"
              ? copy.reset.confirmQuestion(nome)
              : copy.endSessions.confirmQuestion(nome)}
          </legend>
          <div className="clear-both flex flex-wrap gap-2">
            <Button
              ref={confirmRef}
              onKeyDown={onKeyDown}
              type="button"
              variant="danger"
              size="sm"
              disabled={pending}
              onClick={run}
            >
              {pending
                ? confirming === "reset"
                  ? copy.reset.pending
                  : copy.endSessions.pending
                : confirming === "reset"
                  ? copy.reset.confirm
                  : copy.endSessions.confirm}
            </Button>
            <Button
              type="button"
              variant="secondary"
              size="sm"
              disabled={pending}
              onClick={cancel}
              onKeyDown={onKeyDown}
            >
              {t.common.cancel}
            </Button>
          </div>
        </fieldset>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button
            ref={resetRef}
            type="button"
            variant="secondary"
            size="sm"
            aria-label={copy.reset.label(nome)}
            onClick={() => setConfirming("reset")}
          >
            {copy.reset.button}
          </Button>
          <Button
            ref={endRef}
            type="button"
            variant="secondary"
            size="sm"
            aria-label={copy.endSessions.label(nome)}
            onClick={() => setConfirming("end")}
          >
            {copy.endSessions.button}
          </Button>
        </div>
      )}
    </div>
  );
}
