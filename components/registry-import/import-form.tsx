"use client";

import { useState } from "react";
import {
  finishImportAction,
  importBatchAction,
  startImportAction,
} from "@/app/(staff)/persone/importa/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { parseAnagrafeCsv } from "@/lib/csv/anagrafe";
import { IMPORT_BATCH_SIZE } from "@/lib/domain/anagrafe-csv";
import { registryImport } from "@/lib/i18n/it/calendar";
import { common } from "@/lib/i18n/it/common";

const t = { common, registryImport };

type Summary = {
  id: string;
  create: number;
  aggiornate: number;
  invariate: number;
  scartate: number;
};
type State =
  | { phase: "idle" }
  | { phase: "running"; done: number; total: number; finishing: boolean }
  | { phase: "done"; summary: Summary; total: number }
  | { phase: "failed"; message: string; done: number };

/**
 * Reads the CSV in the browser and sends it in batches of 200 rows, one after the other,
 * each one its own transaction: the progress bar moves with what the server has saved.
 */
export function ImportForm({ comuni }: { comuni: { id: string; nome: string }[] }) {
  const m = t.registryImport;
  const [comuneId, setComuneId] = useState(comuni.length === 1 ? (comuni[0]?.id ?? "") : "");
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ comune?: string; file?: string }>({});
  const [state, setState] = useState<State>({ phase: "idle" });

  async function run(e: React.FormEvent) {
    e.preventDefault();
    const problems = {
      comune: comuneId ? undefined : m.noComune,
      file: file ? undefined : m.noFile,
    };
    setErrors(problems);
    if (!file || !comuneId) return;
    const parsed = parseAnagrafeCsv(await file.text());
    if (!parsed.ok) {
      setErrors({ file: parsed.message });
      return;
    }
    const total = parsed.rows.length;
    setState({ phase: "running", done: 0, total, finishing: false });
    const started = await startImportAction({ comuneId, nomeFile: file.name, righeTotali: total });
    if (!started.ok) {
      setState({ phase: "failed", message: started.message, done: 0 });
      return;
    }
    const id = started.data.id;
    let done = 0;
    for (let i = 0; i < total; i += IMPORT_BATCH_SIZE) {
      const chunk = parsed.rows.slice(i, i + IMPORT_BATCH_SIZE);
      const r = await importBatchAction(id, {
        primaRiga: chunk[0]?.riga ?? 2,
        righe: chunk.map((row) => ({ riga: row.riga, ...row.valori })),
      });
      if (!r.ok) {
        setState({ phase: "failed", message: r.message, done });
        return;
      }
      done = r.data.righeElaborate;
      setState({ phase: "running", done, total, finishing: false });
    }
    setState({ phase: "running", done, total, finishing: true });
    const finished = await finishImportAction(id);
    if (!finished.ok) {
      setState({ phase: "failed", message: finished.message, done });
      return;
    }
    setState({ phase: "done", summary: finished.data, total });
  }

  const busy = state.phase === "running";
  return (
    <div className="space-y-6">
      <form onSubmit={run} noValidate className="space-y-4" aria-describedby="import-columns">
        <p id="import-columns" className="text-sm text-muted">
          {m.columns}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={m.fields.comune}
            required
            value={comuneId}
            onChange={(e) => setComuneId(e.target.value)}
            error={errors.comune}
            disabled={busy}
          >
            <option value="" disabled>
              {t.common.choose}
            </option>
            {comuni.map((c) => (
              <option key={c.id} value={c.id}>
                {c.nome}
              </option>
            ))}
          </SelectField>
          <TextField
            label={m.fields.file}
            type="file"
            accept=".csv,text/csv"
            required
            error={errors.file}
            disabled={busy}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <p className="text-sm">{m.safeTwice}</p>
        <Button type="submit" disabled={busy}>
          {busy ? m.running : m.start}
        </Button>
      </form>

      {state.phase === "running" || state.phase === "done" ? (
        <div className="space-y-2">
          <progress
            className="h-4 w-full"
            aria-label={m.progressLabel}
            max={state.total || 1}
            value={state.phase === "done" ? state.total : state.done}
          />
          <p aria-live="polite" data-testid="import-progress">
            {state.phase === "running" && state.finishing
              ? m.finishing
              : m.progress(state.phase === "done" ? state.total : state.done, state.total)}
          </p>
        </div>
      ) : null}

      <div aria-live="polite">
        {state.phase === "done" ? (
          <Notice tone="success" title={m.summaryTitle} testId="import-summary">
            <dl className="grid grid-cols-[max-content_auto] gap-x-4">
              {(["create", "aggiornate", "invariate", "scartate"] as const).map((k) => (
                <div key={k} className="contents">
                  <dt>{m.summary[k]}</dt>
                  <dd className="font-semibold tabular-nums" data-testid={`import-${k}`}>
                    {state.summary[k]}
                  </dd>
                </div>
              ))}
            </dl>
            {state.summary.scartate > 0 ? (
              <p className="mt-2">
                <a
                  className="text-primary underline"
                  href={`/api/v1/imports/${state.summary.id}/report.csv`}
                  download
                >
                  {m.report}
                </a>
              </p>
            ) : null}
          </Notice>
        ) : null}
      </div>
      <div aria-live="assertive">
        {state.phase === "failed" ? (
          <Notice tone="error" title={m.failed} testId="import-error">
            <p>{state.message}</p>
            <p>{m.failedAt(state.done)}</p>
          </Notice>
        ) : null}
      </div>
    </div>
  );
}
