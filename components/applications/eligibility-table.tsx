import { cn } from "@/components/ui/cn";
import {
  ELIGIBILITY_OUTCOME_LABELS,
  type EligibilityLine,
  type EligibilityOutcome,
  LINE_OUTCOME_LABELS,
  type LineOutcome,
} from "@/lib/domain/eligibility";
import { applications } from "@/lib/i18n/it/applications";

const t = { applications };

const TONE: Record<LineOutcome, string> = {
  ok: "border-success bg-[#e6f4ee]",
  ko: "border-danger bg-[#fbeaec]",
  check: "border-warning bg-[#fff4e0]",
};

const OUTCOME_TONE: Record<EligibilityOutcome, LineOutcome> = {
  eligible: "ok",
  not_eligible: "ko",
  manual_check: "check",
};

/** The overall outcome as a labelled badge: the text says it, the colour only helps. */
export function OutcomeBadge({ outcome }: { outcome: EligibilityOutcome }) {
  return (
    <span
      className={cn(
        "inline-block rounded border px-2 py-0.5 font-semibold",
        TONE[OUTCOME_TONE[outcome]],
      )}
      data-testid="eligibility-outcome"
    >
      {ELIGIBILITY_OUTCOME_LABELS[outcome]}
    </span>
  );
}

/** One line per rule: what was checked, the value found and the outcome. */
export function EligibilityTable({ lines }: { lines: EligibilityLine[] }) {
  const s = t.applications.eligibility;
  if (lines.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid="eligibility-lines">
        <caption className="sr-only">{s.caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">
              {s.rule}
            </th>
            <th scope="col" className="py-2 pr-3">
              {s.found}
            </th>
            <th scope="col" className="py-2">
              {s.outcome}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id and never reorder
            <tr key={i} className="border-b border-line align-top">
              <td className="py-2 pr-3">{l.rule}</td>
              <td className="py-2 pr-3">{l.found}</td>
              <td className="py-2">
                <span className={cn("inline-block rounded border px-2 py-0.5", TONE[l.outcome])}>
                  {LINE_OUTCOME_LABELS[l.outcome]}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
