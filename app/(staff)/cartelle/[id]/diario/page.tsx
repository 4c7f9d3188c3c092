import type { Metadata } from "next";
import Link from "next/link";
import { DiaryEntryItem, type DiaryEntryView } from "@/components/diary/diary-entry";
import { DiaryEntryForm } from "@/components/diary/diary-entry-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { type DiaryEntry, listDiary } from "@/lib/data/diary";
import { DIARY_KIND_LABELS } from "@/lib/domain/case-file";
import { formatDateTime } from "@/lib/domain/format";
import { toRomeLocal } from "@/lib/domain/rome-time";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

// The title never carries the person's name.
export const metadata: Metadata = { title: t.diary.metaTitle };

function view(e: DiaryEntry): DiaryEntryView {
  return {
    id: e.id,
    tipo: e.tipo,
    tipoLabel: DIARY_KIND_LABELS[e.tipo],
    avvenutoIl: toRomeLocal(e.avvenutoIl),
    quando: formatDateTime(e.avvenutoIl),
    testo: e.testo,
    riservato: e.riservato,
    versione: e.versione,
    autore: e.autore,
    modificato: e.modificatoIl
      ? t.diary.edited(formatDateTime(e.modificatoIl), e.modificatoDa)
      : null,
    canEdit: e.canEdit,
    versions: (e.versions ?? []).map((v) => ({
      versione: v.versione,
      label: t.diary.versionLabel(v.versione, formatDateTime(v.scrittaIl), v.autore),
      tipoLabel: DIARY_KIND_LABELS[v.tipo],
      quando: formatDateTime(v.avvenutoIl),
      testo: v.testo,
      riservato: v.riservato,
    })),
  };
}

export default async function DiaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ dopo?: string | string[] }>;
}) {
  const { id } = await params;
  const { dopo } = await searchParams;
  const actor = await requireActor();
  const after = typeof dopo === "string" ? dopo : undefined;
  const page = await orNotFound(listDiary(db(), actor, id, { after, limit: 20, versions: true }));
  const m = t.diary;
  return (
    <div className="space-y-6">
      <Card title={m.title}>
        <p className="text-muted">{m.description}</p>
        {page.canWrite ? (
          <details className="mt-4 rounded border border-line p-3" data-testid="new-entry">
            <summary className="cursor-pointer font-semibold text-primary">{m.form.add}</summary>
            <div className="mt-4">
              <DiaryEntryForm mode="create" caseId={id} />
            </div>
          </details>
        ) : page.closed ? (
          <div className="mt-4">
            <Notice>{m.closed}</Notice>
          </div>
        ) : null}
      </Card>
      <section aria-label={m.listLabel} className="space-y-3">
        {page.entries.length === 0 ? (
          <p className="text-muted">{m.empty}</p>
        ) : (
          page.entries.map((e) => <DiaryEntryItem key={`${e.id}-${e.versione}`} entry={view(e)} />)
        )}
      </section>
      <nav aria-label={t.common.pager.label} className="flex gap-4">
        {after ? (
          <Link href={`/cartelle/${id}/diario`} className="text-primary underline">
            {m.newest}
          </Link>
        ) : null}
        {page.next ? (
          <Link
            href={`/cartelle/${id}/diario?dopo=${page.next}`}
            className="text-primary underline"
          >
            {m.older}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
