"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reissueFlussoAction } from "@/app/(staff)/siuss/actions";
import { Button } from "@/components/ui/button";
import { siuss } from "@/lib/i18n/it/siuss";

const t = { siuss };

const m = t.siuss.list;

/** Issues a rejected or held-back flusso again from the current data. */
export function ReissueButton({ id, idFlusso }: { id: string; idFlusso: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="space-y-1">
      <Button
        type="button"
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-label={m.reissueFor(idFlusso)}
        onClick={() =>
          start(async () => {
            const result = await reissueFlussoAction(id);
            setMessage(
              result.ok
                ? { ok: true, text: m.reissued(result.data.idFlusso) }
                : { ok: false, text: `${m.notReissued}: ${result.message}` },
            );
            if (result.ok) router.refresh();
          })
        }
      >
        {m.reissue}
      </Button>
      <p
        aria-live="polite"
        className={message?.ok ? "text-sm" : "text-sm font-semibold text-danger"}
      >
        {message?.text}
      </p>
    </div>
  );
}
