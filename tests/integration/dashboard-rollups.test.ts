import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { transitionRequest } from "@/lib/data/requests";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { rebuildRollups, rollupSnapshot } from "../support/rollups";

async function rows<T>(db: Db, q: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(q)) as unknown as { rows: T[] }).rows;
}

describe.each(DRIVERS)("dashboard rollups on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  }, 120_000);
  afterAll(async () => t?.close());

  it("after seeding, the trigger-maintained rollups equal a full rebuild", async () => {
    const kept = await rollupSnapshot(db());
    expect(kept.cruscotto_richieste?.length).toBeGreaterThan(0);
    expect(kept.cruscotto_cartelle?.length).toBeGreaterThan(0);
    await rebuildRollups(db());
    expect(await rollupSnapshot(db())).toEqual(kept);
  });

  it("after a series of writes of every kind, they still equal a full rebuild", async () => {
    const before = await rollupSnapshot(db());
    // Through the data layer, as the application does (role zona_app, row-level security).
    const open = await rows<{ id: string; stato: string }>(
      db(),
      sql`select id, stato from richieste where stato in ('presentata', 'in_istruttoria') order by id limit 4`,
    );
    for (const r of open.slice(0, 2)) {
      await transitionRequest(db(), a.coordinatore, r.id, {
        action: r.stato === "presentata" ? "avvia_istruttoria" : "preavviso_rigetto",
        nota: "Verifica dei requisiti in corso.",
      });
    }
    // Straight on the tables, as imports and maintenance do.
    await db().execute(sql`update richieste set stato = 'approvata', deciso_il = now() - interval '3 days',
      importo_impegnato = coalesce(importo_impegnato, 0) + 10
      where id in (select id from richieste where stato = 'presentata' order by id limit 2)`);
    await db().execute(sql`update richieste set stato = 'respinta', deciso_il = now()
      where id in (select id from richieste where stato = 'preavviso_rigetto' order by id limit 1)`);
    await db().execute(sql`update richieste set sospeso_dal = current_date - 40, scadenza_termine = current_date - 20
      where id in (select id from richieste where stato = 'in_istruttoria' order by id limit 2)`);
    await db().execute(sql`update richieste set comune_id = (select id from comuni where nome = 'Cava Manara')
      where id in (select id from richieste where stato = 'in_erogazione' order by id limit 1)`);
    await db().execute(sql`update richieste set protocollo_data = protocollo_data - interval '45 days'
      where id in (select id from richieste where protocollo_data is not null order by id limit 3)`);
    await db().execute(sql`insert into richieste (ambito_id, comune_id, persona_id, misura_id, bando_id, stato,
        protocollo_data, scadenza_termine, motivazione, creato_da)
      select ambito_id, comune_id, persona_id, misura_id, bando_id, 'presentata', now() - interval '60 days',
        current_date - 30, 'Copia di prova.', creato_da from richieste order by id limit 3`);
    await db().execute(sql`delete from richieste where motivazione = 'Copia di prova.'
      and id = (select id from richieste where motivazione = 'Copia di prova.' order by id limit 1)`);
    await db().execute(sql`update cartelle set stato = 'chiusa', chiusa_il = now()
      where id in (select id from cartelle where stato = 'aperta' order by id limit 2)`);
    await db().execute(sql`update cartelle set operatore_id = null
      where id in (select id from cartelle where stato = 'aperta' order by id limit 1)`);
    await db().execute(sql`update persone set sesso = case when sesso = 'M' then 'F'::sesso else 'M'::sesso end,
        data_nascita = data_nascita - interval '2 years'
      where id in (select persona_id from cartelle where stato <> 'chiusa' order by id limit 2)`);
    await db().execute(sql`update budget_voci set stanziato = stanziato + 1000`);
    await db().execute(sql`update rate_erogazione set liquidata_il = now()
      where id in (select id from rate_erogazione where liquidata_il is null order by id limit 3)`);
    await db().execute(sql`update rate_erogazione set liquidata_il = null
      where id in (select id from rate_erogazione where liquidata_il is not null order by id limit 1)`);
    await db().execute(sql`update richieste set bando_id = null
      where id in (select richiesta_id from rate_erogazione where liquidata_il is not null order by id limit 1)`);

    const kept = await rollupSnapshot(db());
    for (const table of Object.keys(kept)) expect(kept[table], table).not.toEqual(before[table]);
    await rebuildRollups(db());
    expect(await rollupSnapshot(db())).toEqual(kept);
  });

  it("a measure moved to another area moves its requests in every rollup", async () => {
    await db().execute(
      sql`update misure set area = 'anziani' where id = (select misura_id from richieste limit 1)`,
    );
    const kept = await rollupSnapshot(db());
    await rebuildRollups(db());
    expect(await rollupSnapshot(db())).toEqual(kept);
  });
});
