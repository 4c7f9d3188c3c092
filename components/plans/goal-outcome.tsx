"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { updateGoalOutcomeAction } from "@/app/(staff)/cartelle/[id]/progetto/actions";
import { GOAL_OUTCOMES, type GoalOutcome } from "@/lib/domain/case-file";
import { GOAL_OUTCOME_LABELS } from "@/lib/domain/plan";
import { plans } from "@/lib/i18n/it/plans";

const t = { plans };

const m = t.plans.plan;

/** The outcome of one goal, saved on change. */
export function GoalOutcomeSelect({
  goalId,
  position,
  value,
}: {
  goalId: string;
  position: number;
  value: GoalOutcome;
}) {
  const router = useRouter();
  const id = useId();
  const [current, setCurrent] = useState(value);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function change(next: GoalOutcome) {
    const previous = current;
    setCurrent(next);
    setPending(true);
    setStatus(null);
    const result = await updateGoalOutcomeAction(goalId, { esito: next });
    setPending(false);
    if (result.ok) {
      setStatus({ ok: true, text: m.outcomeSaved });
      router.refresh();
    } else {
      setCurrent(previous);
      setStatus({ ok: false, text: result.message });
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="sr-only">
        {m.outcomeOf(position)}
      </label>
      <select
        id={id}
        className="rounded border border-[#5c6f82] bg-white px-2 py-1"
        value={current}
        disabled={pending}
        aria-describedby={status ? `${id}-status` : undefined}
        onChange={(e) => change(e.target.value as GoalOutcome)}
      >
        {GOAL_OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {GOAL_OUTCOME_LABELS[o]}
          </option>
        ))}
      </select>
      <p id={`${id}-status`} aria-live="polite" className="text-sm">
        {status ? (
          <span className={status.ok ? "text-success" : "font-semibold text-danger"}>
            {status.text}
          </span>
        ) : null}
      </p>
    </div>
  );
}
