import type { Metadata } from "next";
import Link from "next/link";
import { FlussiTable, StateBadge } from "@/components/siuss/flussi-table";
import { SiussSettingsForm } from "@/components/siuss/settings-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { scopeFor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { type FlussoState, getSiussSettings, listFlussi, listMissingData } from "@/lib/data/siuss";
import { romeDate } from "@/lib/domain/dates";
import { readEnv } from "@/lib/env";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

const m = t.siuss;

export const metadata: Metadata = { title: m.title };

const STATES: FlussoState[] = ["pending", "acquisito", "scartato", "non_valido", "sostituito"];

export default async function SiussPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const prima = (await searchParams).prima;
  const before = typeof prima === "string" && /^\d{1,16}$/.test(prima) ? Number(prima) : undefined;
  const list = await orNotFound(listFlussi(db(), actor, { before }));
  const canManage = scopeFor(actor, "siuss.manage") !== null;
  const [missing, settings] = canManage
    ? await Promise.all([listMissingData(db(), actor), getSiussSettings(db(), actor)])
    : [null, null];
  const today = romeDate(new Date());
  return (
    <>
      <PageHeader title={m.title} description={m.description} />
      <div className="space-y-6">
        <Card title={m.counts}>
          <ul className="flex flex-wrap gap-4" data-testid="siuss-counts">
            {STATES.map((s) => (
              <li key={s} className="flex items-center gap-2">
                <StateBadge state={s} />
                <span className="font-bold">{list.counts[s]}</span>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-muted">{m.api(readEnv().WAAS_BASE_PATH)}</p>
        </Card>
        <Card title={m.list.title}>
          <FlussiTable rows={list.rows} canManage={canManage} />
          <nav aria-label={m.list.title} className="mt-4 flex gap-4">
            {before ? (
              <Link href="/siuss" className="text-primary underline">
                {m.list.newest}
              </Link>
            ) : null}
            {list.next ? (
              <Link href={`/siuss?prima=${list.next}`} className="text-primary underline">
                {m.list.older}
              </Link>
            ) : null}
          </nav>
        </Card>
        {canManage && missing && settings ? (
          <>
            <Card title={m.exportCard.title}>
              <p className="mb-4">{m.exportCard.intro}</p>
              <form
                method="get"
                action="/siuss/export"
                className="flex flex-wrap items-end gap-4"
                data-testid="siuss-export"
              >
                <label className="space-y-1">
                  <span className="block font-semibold">{m.exportCard.dal}</span>
                  <input
                    type="date"
                    name="dal"
                    required
                    defaultValue={`${today.slice(0, 4)}-01-01`}
                    className="rounded border border-[#5c6f82] px-3 py-2"
                  />
                </label>
                <label className="space-y-1">
                  <span className="block font-semibold">{m.exportCard.al}</span>
                  <input
                    type="date"
                    name="al"
                    required
                    defaultValue={today}
                    className="rounded border border-[#5c6f82] px-3 py-2"
                  />
                </label>
                <label className="space-y-1">
                  <span className="block font-semibold">{m.exportCard.tipo}</span>
                  <select
                    name="tipo"
                    className="rounded border border-[#5c6f82] bg-white px-3 py-2"
                  >
                    <option value="PS_PSA_SINA">PS-PSA-SINA</option>
                    <option value="SINBA">SINBA</option>
                  </select>
                </label>
                <button type="submit" className={buttonClass()}>
                  {m.exportCard.submit}
                </button>
              </form>
            </Card>
            <Card title={m.missing.title}>
              <p className="mb-4">{m.missing.intro}</p>
              {missing.length === 0 ? (
                <p>{m.missing.none}</p>
              ) : (
                <ul className="space-y-3" data-testid="siuss-missing">
                  {missing.map((r) => (
                    <li key={r.requestId}>
                      <Link
                        href={`/richieste/${r.requestId}`}
                        className="font-semibold text-primary underline"
                      >
                        {m.missing.request(r.protocollo, r.misura)}
                      </Link>
                      <ul className="ml-5 list-disc">
                        {r.missing.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card title={m.settings.title}>
              <p className="mb-4">{m.settings.intro}</p>
              <SiussSettingsForm cfOperatore={settings.cfOperatore} />
            </Card>
          </>
        ) : null}
      </div>
    </>
  );
}
