"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  acceptTransferAction,
  cancelTransferAction,
  rejectTransferAction,
} from "@/app/(staff)/trasferimenti/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { transfers } from "@/lib/i18n/it/transfers";

const t = { transfers };

const m = t.transfers;

type Outcome = { tone: "success" | "error"; text: string; personId?: string };

/** Accept or refuse (destination) or withdraw (origin) a waiting transfer, with an optional note. */
export function TransferDecision({
  transferId,
  direction,
}: {
  transferId: string;
  direction: "in" | "out";
}) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (kind: "accept" | "reject" | "cancel") =>
    startTransition(async () => {
      setOutcome(null);
      setError(undefined);
      const input = { note };
      let personId: string | undefined;
      let result:
        | { ok: true }
        | { ok: false; message: string; fieldErrors?: Record<string, string[]> };
      if (kind === "accept") {
        const accepted = await acceptTransferAction(transferId, input);
        if (accepted.ok) personId = accepted.data.personId;
        result = accepted;
      } else if (kind === "reject") result = await rejectTransferAction(transferId, input);
      else result = await cancelTransferAction(transferId, input);
      if (!result.ok) {
        setError(result.fieldErrors?.note?.[0]);
        setOutcome({ tone: "error", text: result.message });
        return;
      }
      const text = kind === "accept" ? m.accepted : kind === "reject" ? m.rejected : m.cancelled;
      setOutcome({ tone: "success", text, personId });
      router.refresh();
    });

  return (
    <div className="mt-4 space-y-3">
      <div aria-live="polite">
        {outcome ? (
          <Notice
            tone={outcome.tone}
            title={outcome.tone === "error" ? m.notDone : undefined}
            testId={`transfer-${outcome.tone}`}
          >
            <p>{outcome.text}</p>
            {outcome.personId ? (
              <Link
                href={`/persone/${outcome.personId}`}
                className="font-semibold text-primary underline"
              >
                {m.openPerson}
              </Link>
            ) : null}
          </Notice>
        ) : null}
      </div>
      {outcome?.tone === "success" ? null : (
        <>
          <TextAreaField
            label={m.note}
            value={note}
            error={error}
            onChange={(e) => setNote(e.target.value)}
            className="min-h-20"
          />
          <div className="flex flex-wrap gap-2">
            {direction === "in" ? (
              <>
                <Button type="button" disabled={pending} onClick={() => run("accept")}>
                  {pending ? m.deciding : m.accept}
                </Button>
                <Button
                  type="button"
                  variant="secondary"
                  disabled={pending}
                  onClick={() => run("reject")}
                >
                  {m.reject}
                </Button>
              </>
            ) : (
              <Button
                type="button"
                variant="secondary"
                disabled={pending}
                onClick={() => run("cancel")}
              >
                {m.cancel}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
