"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { diary } from "@/lib/i18n/it/diary-documents";
import { DiaryEntryForm, type EditableEntry } from "./diary-entry-form";

const t = { diary };

export type DiaryEntryView = EditableEntry & {
  tipoLabel: string;
  quando: string;
  autore: string | null;
  modificato: string | null;
  canEdit: boolean;
  versions: {
    versione: number;
    label: string;
    tipoLabel: string;
    quando: string;
    testo: string;
    riservato: boolean;
  }[];
};

/** One entry of the diary, with its earlier versions and, for who may, editing in place. */
export function DiaryEntryItem({ entry }: { entry: DiaryEntryView }) {
  const m = t.diary;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = `voce-${entry.id}`;
  const done = () => {
    setEditing(false);
    // Back to where the edit started, for keyboard users.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <article
      aria-labelledby={headingId}
      className="rounded border border-line bg-white p-4"
      data-testid="diary-entry"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-bold text-primary-darker">
          {entry.tipoLabel} · <time>{entry.quando}</time>
        </h3>
        <div className="flex items-center gap-2">
          {entry.riservato ? (
            <span
              className="rounded border border-danger px-2 py-0.5 text-sm font-semibold text-danger"
              data-testid="riservato-badge"
            >
              {m.riservato}
            </span>
          ) : null}
          {entry.canEdit && !editing ? (
            <Button
              ref={editButton}
              size="sm"
              variant="secondary"
              onClick={() => setEditing(true)}
              aria-describedby={headingId}
            >
              {m.form.edit}
            </Button>
          ) : null}
        </div>
      </header>
      <p className="text-sm text-muted">{m.by(entry.autore ?? m.unknownAuthor)}</p>
      {editing ? (
        <div className="mt-3">
          <h4 className="mb-2 font-semibold">{m.form.editTitle}</h4>
          <DiaryEntryForm mode="edit" entry={entry} onDone={done} />
        </div>
      ) : (
        <p className="mt-2 whitespace-pre-wrap break-words">{entry.testo}</p>
      )}
      {entry.modificato ? (
        <div className="mt-3 text-sm">
          <p className="text-muted">{entry.modificato}</p>
          {entry.versions.length ? (
            <details className="mt-1">
              <summary className="cursor-pointer font-semibold text-primary">
                {m.versions(entry.versions.length)}
              </summary>
              <ol className="mt-2 space-y-3">
                {entry.versions.map((v) => (
                  <li key={v.versione} className="border-l-4 border-line pl-3">
                    <p className="text-muted">
                      {v.label} · {v.tipoLabel} · {v.quando}
                      {v.riservato ? ` ${m.versionRiservata}` : ""}
                    </p>
                    <p className="whitespace-pre-wrap break-words">{v.testo}</p>
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
