"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  advanceRankingAction,
  closeWindowAction,
  produceRankingAction,
  publishRankingAction,
} from "@/app/(staff)/bandi/ranking-actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ranking } from "@/lib/i18n/it/applications";

const t = { ranking };

type Step = "close" | "produce" | "advance" | "publish";

/** The coordinator's buttons for the bando's procedure, each with its outcome announced. */
export function RankingActions({
  bandoId,
  steps,
  published,
}: {
  bandoId: string;
  steps: Step[];
  published: boolean;
}) {
  const s = t.ranking;
  const router = useRouter();
  const [pending, setPending] = useState<Step | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(step: Step) {
    if (step === "close" && !window.confirm(s.actions.closeConfirm)) return;
    setPending(step);
    setMessage(null);
    const text = await perform(step);
    setPending(null);
    setMessage(text);
    if (text.ok) router.refresh();
  }

  async function perform(step: Step): Promise<{ ok: boolean; text: string }> {
    if (step === "close") {
      const r = await closeWindowAction(bandoId);
      return r.ok ? { ok: true, text: s.results.closed } : { ok: false, text: r.message };
    }
    if (step === "produce") {
      const r = await produceRankingAction(bandoId);
      return r.ok
        ? { ok: true, text: s.results.produced(r.data.approvate, r.data.inAttesa, r.data.escluse) }
        : { ok: false, text: r.message };
    }
    if (step === "advance") {
      const r = await advanceRankingAction(bandoId);
      return r.ok
        ? { ok: true, text: s.results.advanced(r.data.approvate) }
        : { ok: false, text: r.message };
    }
    const r = await publishRankingAction(bandoId);
    return r.ok ? { ok: true, text: s.results.published } : { ok: false, text: r.message };
  }

  const label: Record<Step, string> = {
    close: s.actions.close,
    produce: s.actions.produce,
    advance: s.actions.advance,
    publish: published ? s.actions.republish : s.actions.publish,
  };

  return (
    <div className="space-y-3">
      <div aria-live="polite">
        {message ? (
          <Notice tone={message.ok ? "success" : "error"} testId="ranking-message">
            {message.text}
          </Notice>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        {steps.map((step) => (
          <Button
            key={step}
            type="button"
            variant={step === "produce" ? "primary" : "secondary"}
            disabled={pending !== null}
            onClick={() => run(step)}
          >
            {pending === step ? s.actions.pending : label[step]}
          </Button>
        ))}
      </div>
    </div>
  );
}
