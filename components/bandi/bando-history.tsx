import type { ReactNode } from "react";
import { AREA_LABELS, type Area } from "@/lib/domain/areas";
import type { ImportoFascia } from "@/lib/domain/bando-amounts";
import type { CopaymentParams } from "@/lib/domain/copayment";
import type { EligibilityRule } from "@/lib/domain/eligibility";
import { formatDate, formatDateTime, formatEuro } from "@/lib/domain/format";
import type { ScoringRule } from "@/lib/domain/scoring";
import { t } from "@/lib/i18n";
import {
  describeCopayment,
  describeEligibility,
  describeScoring,
  describeTiers,
  type Names,
} from "./describe";

type Event = { id: number; at: Date; azione: string; dettagli: unknown; attore: string };
type AllNames = Names & { utenti: Record<string, string> };

const h = t.bandi.history;
const d = t.bandi.detail;

/** A value of a changed field, in words; lists (rules, budget) as a list of sentences. */
function fieldValueText(field: string, v: unknown, names: AllNames): string | string[] {
  if (v === null || v === undefined) return h.empty;
  switch (field) {
    case "titolo":
      return `«${String(v)}»`;
    case "measureId":
      return names.misure[String(v)] ?? String(v);
    case "responsabileId":
      return names.utenti[String(v)] ?? String(v);
    case "periodoInizio":
    case "periodoFine":
    case "apertura":
    case "chiusura":
      return formatDate(String(v));
    case "modalita":
      return t.bandi.modalitaShort[v as "graduatoria"] ?? String(v);
    case "termineGiorni":
      return d.days(Number(v));
    case "importoMensile":
      return formatEuro(Number(v));
    case "mesi":
      return d.months(Number(v));
    case "oreMensili":
      return d.hours(String(v));
    case "importiFasce":
      return describeTiers(v as ImportoFascia[]);
    case "compartecipazione":
      return describeCopayment(v as CopaymentParams);
    case "regoleAmmissione":
      return (v as EligibilityRule[]).map((rule) => describeEligibility(rule, names));
    case "regolePunteggio":
      return (v as ScoringRule[]).map((rule) => describeScoring(rule));
    case "budget":
      return (v as BudgetLine[]).map((l) =>
        h.budgetLine(lineName(l, names), formatEuro(l.stanziato)),
      );
    default:
      return JSON.stringify(v);
  }
}

type BudgetLine = { comuneId: string | null; area: Area | null; stanziato: number };

function lineName(l: BudgetLine, names: AllNames): string {
  const comune = l.comuneId
    ? (names.comuni[l.comuneId] ?? l.comuneId)
    : t.bandi.form.budget.allComuni;
  return `${comune} · ${l.area ? AREA_LABELS[l.area] : t.bandi.form.budget.allAree}`;
}

/** Only the budget lines that changed: new amount, new line, line removed. */
function budgetChanges(da: BudgetLine[], a: BudgetLine[], names: AllNames): string[] {
  const key = (l: BudgetLine) => `${l.comuneId ?? "*"}|${l.area ?? "*"}`;
  const before = new Map(da.map((l) => [key(l), l]));
  const after = new Map(a.map((l) => [key(l), l]));
  const out: string[] = [];
  for (const [k, l] of after) {
    const old = before.get(k);
    if (!old) out.push(h.budgetAdded(lineName(l, names), formatEuro(l.stanziato)));
    else if (old.stanziato !== l.stanziato)
      out.push(
        h.budgetChanged(lineName(l, names), formatEuro(old.stanziato), formatEuro(l.stanziato)),
      );
  }
  for (const [k, l] of before)
    if (!after.has(k)) out.push(h.budgetRemoved(lineName(l, names), formatEuro(l.stanziato)));
  return out;
}

function Value({ value }: { value: string | string[] }) {
  if (typeof value === "string") return <>{value}</>;
  if (value.length === 0) return <>{h.empty}</>;
  return (
    <ul className="list-disc pl-5">
      {value.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function Change({
  field,
  da,
  a,
  names,
}: {
  field: string;
  da: unknown;
  a: unknown;
  names: AllNames;
}) {
  const label = (t.bandi.fields as Record<string, string>)[field] ?? field;
  if (field === "budget" && Array.isArray(da) && Array.isArray(a))
    return (
      <li>
        <span className="font-semibold">{h.change(label)}</span>
        <Value value={budgetChanges(da, a, names)} />
      </li>
    );
  const before = fieldValueText(field, da, names);
  const after = fieldValueText(field, a, names);
  if (typeof before === "string" && typeof after === "string")
    return (
      <li>
        <span className="font-semibold">{h.change(label)}</span> {before} → {after}
      </li>
    );
  const side = (title: string, value: string | string[]): ReactNode => (
    <div>
      <p className="text-sm font-semibold text-muted">{title}</p>
      <Value value={value} />
    </div>
  );
  return (
    <li>
      <details>
        <summary className="cursor-pointer">
          <span className="font-semibold">{h.change(label)}</span> {h.rulesChanged}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {side(h.from, before)}
          {side(h.to, after)}
        </div>
      </details>
    </li>
  );
}

/** What happened to the bando, newest first; a change lists each field with before and after. */
export function BandoHistory({ events, names }: { events: Event[]; names: AllNames }) {
  if (events.length === 0) return <p className="text-muted">{d.noHistory}</p>;
  return (
    <ol className="relative space-y-4 border-l-2 border-primary pl-6" data-testid="bando-history">
      {events.map((e) => {
        const changes =
          e.azione === "modificato"
            ? Object.entries(e.dettagli as Record<string, { da: unknown; a: unknown }>)
            : [];
        return (
          <li key={e.id}>
            <p className="font-semibold">{h.actions[e.azione] ?? e.azione}</p>
            <p className="text-sm text-muted">
              {formatDateTime(e.at)} · {e.attore}
            </p>
            {changes.length ? (
              <ul className="mt-1 space-y-1">
                {changes.map(([field, c]) => (
                  <Change key={field} field={field} da={c.da} a={c.a} names={names} />
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
