"use client";

import { useEffect, useState } from "react";
import { romeDate } from "@/lib/domain/dates";
import { formatDate } from "@/lib/domain/format";
import { type TermState, termStatus } from "@/lib/domain/procedure";
import { applications } from "@/lib/i18n/it/applications";

const t = { applications };

/**
 * The due date of the procedure and, once in the browser, how far it is: computed on the
 * user's clock, so the flag is right for whoever looks at it today.
 */
export function TermStatus({ state }: { state: TermState }) {
  const s = t.applications.term;
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => setToday(romeDate(new Date())), []);
  const status = termStatus(state, today ?? state.filedOn);
  return (
    <p data-testid="term-status">
      <span className="mr-2">{formatDate(status.dueOn)}</span>
      {today === null || state.decided ? null : status.suspended ? (
        <span className="inline-block rounded border border-warning bg-[#fff4e0] px-2 py-0.5 text-sm">
          {s.suspended}
          {state.suspension ? ` (${s.suspendedSince(formatDate(state.suspension.since))})` : ""}
        </span>
      ) : status.overdue ? (
        <span
          className="mt-1 inline-block rounded border-2 border-danger bg-[#fbeaec] px-2 py-0.5 text-sm font-bold"
          data-testid="overdue-flag"
        >
          {s.overdueBy(-(status.daysLeft ?? 0))}
        </span>
      ) : (
        <span className="text-sm text-muted">
          {status.daysLeft === 0 ? s.dueToday : s.daysLeft(status.daysLeft ?? 0)}
        </span>
      )}
    </p>
  );
}
