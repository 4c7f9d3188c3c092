import type { LineOutcome } from "@/lib/domain/eligibility";
import { formatDate } from "@/lib/domain/format";
import { portalCopy } from "@/lib/i18n/portal";
import type { Locale } from "@/lib/portal/routes";
import type { SelfCheckBandoResult } from "@/lib/portal/self-check-result";

// Darker text than the tokens, for a 4.5:1 contrast on the tinted backgrounds.
const OUTCOME_STYLE = {
  eligible: "border-success bg-[#e6f4ef] text-[#00613f]",
  manual_check: "border-warning bg-[#fdf3e1] text-[#6b3f00]",
  not_eligible: "border-danger bg-[#fbe9ec] text-[#8f1a2e]",
} as const;

const LINE_MARK: Record<LineOutcome, string> = { ok: "✓", ko: "✗", check: "?" };

/** The engine's answer for each open bando: the outcome, and each requirement met or not. */
export function SelfCheckResults({
  results,
  locale,
}: {
  results: SelfCheckBandoResult[];
  locale: Locale;
}) {
  const c = portalCopy(locale);
  const s = c.selfCheck;
  if (!results.length) return <p>{s.noOpenCalls}</p>;
  const fit = results.filter((r) => r.outcome === "eligible").length;
  const check = results.filter((r) => r.outcome === "manual_check").length;
  return (
    <>
      <p className="text-lg font-semibold" data-testid="self-check-summary">
        {s.resultSummary(fit, check, results.length)}
      </p>
      <ul className="mt-4 space-y-4">
        {results.map((r) => (
          <li key={r.bandoId}>
            <article
              className={`rounded border-l-8 bg-white p-5 shadow-sm ${OUTCOME_STYLE[r.outcome].split(" ")[0]}`}
              data-testid="self-check-result"
              data-bando={r.bandoId}
              data-outcome={r.outcome}
              aria-labelledby={`esito-${r.bandoId}`}
            >
              <h3 id={`esito-${r.bandoId}`} className="text-xl font-bold text-primary-darker">
                {r.titolo}
              </h3>
              <p className="text-muted">
                {c.portal.calls.measure(r.misura)} ·{" "}
                {c.portal.calls.deadline(formatDate(r.chiusura))}
              </p>
              <p
                className={`mt-2 inline-block rounded border px-3 py-1 font-bold ${OUTCOME_STYLE[r.outcome]}`}
              >
                {s.outcome[r.outcome]}
              </p>
              <h4 className="mt-3 font-semibold">
                {r.outcome === "not_eligible" ? s.why : s.rules}
              </h4>
              <ul className="mt-1 space-y-1">
                {r.lines.map((line, i) => (
                  <li
                    // biome-ignore lint/suspicious/noArrayIndexKey: one line per rule, in the bando's order
                    key={i}
                    className={`flex gap-2 ${line.outcome === "ko" ? "font-semibold" : ""}`}
                  >
                    <span aria-hidden="true" className="w-4 shrink-0 text-center">
                      {LINE_MARK[line.outcome]}
                    </span>
                    <span>
                      {line.text} <span className="text-muted">— {s.line[line.outcome]}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ul>
      <p className="mt-4">{s.otherMeasures}</p>
    </>
  );
}
