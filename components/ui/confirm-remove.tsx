"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { common } from "@/lib/i18n/it/common";
import { Button } from "./button";

const t = { common };

export type ConfirmRemoveCopy = {
  remove: string;
  removeWhat: (label: string) => string;
  confirm: string;
  confirmYes: string;
};

/**
 * A remove button that asks first, inline: focus follows the swap between the button and its
 * confirmation, and the page refreshes once the server action succeeds.
 */
export function ConfirmRemove({
  label,
  copy: m,
  onConfirm,
  className,
}: {
  label: string;
  copy: ConfirmRemoveCopy;
  onConfirm: () => Promise<ActionResult<unknown>>;
  className?: string;
}) {
  const router = useRouter();
  const confirmId = useId();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // Keyboard focus follows the swap between the button and its confirmation.
  useEffect(() => {
    if (asking) confirmButton.current?.focus();
    else if (wasAsking.current) removeButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function remove() {
    setPending(true);
    setError(null);
    const result = await onConfirm();
    setPending(false);
    if (result.ok) {
      setAsking(false);
      router.refresh();
      return;
    }
    setError(result.message);
  }

  if (!asking)
    return (
      <Button
        ref={removeButton}
        type="button"
        variant="secondary"
        size="sm"
        onClick={() => setAsking(true)}
      >
        {m.remove}
        <span className="sr-only"> {m.removeWhat(label)}</span>
      </Button>
    );
  return (
    <div className={className ?? "space-y-2"}>
      <p id={confirmId} className="text-sm font-semibold">
        {m.confirm}
      </p>
      <div className="flex gap-2">
        <Button
          ref={confirmButton}
          aria-describedby={confirmId}
          type="button"
          variant="danger"
          size="sm"
          disabled={pending}
          onClick={remove}
        >
          {pending ? t.common.pleaseWait : m.confirmYes}
        </Button>
        <Button
          type="button"
          variant="ghost"
          size="sm"
          disabled={pending}
          onClick={() => setAsking(false)}
        >
          {t.common.cancel}
        </Button>
      </div>
      <div aria-live="assertive">
        {error ? <p className="text-sm font-semibold text-danger">{error}</p> : null}
      </div>
    </div>
  );
}
