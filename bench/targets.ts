import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type BenchUser = {
  id: string;
  ambitoId: string;
  email: string;
  ruolo: string;
  totpSecret: string | null;
  /** The comune the user works for (workers and comune administrators). */
  comuneId: string | null;
};

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

/**
 * Accounts to drive the load with: up to `max` active users of a role, one per ambito first so
 * that a region run spreads over its tenants, busiest comuni first.
 */
export async function usersOf(db: Db, ruolo: string, max: number): Promise<BenchUser[]> {
  return rows<BenchUser>(
    await db.execute(sql`
      select u.id, u.ambito_id as "ambitoId", u.email, u.ruolo, m.segreto as "totpSecret",
        (select uc.comune_id from utenti_comuni uc where uc.utente_id = u.id
          order by (select count(*) from richieste r where r.comune_id = uc.comune_id) desc
          limit 1) as "comuneId"
      from utenti u left join mfa_totp m on m.utente_id = u.id and m.confermato_il is not null
      where u.ruolo = ${ruolo} and u.attivo
        and (m.utente_id is not null or ${ruolo} not in ('coordinatore', 'amministratore_sistema'))
      order by row_number() over (partition by u.ambito_id order by u.email), u.ambito_id
      limit ${max}`),
  );
}

/** A sample of people a user's comune holds: ids for the page, codici fiscali and names to search. */
export async function peopleOf(db: Db, comuneId: string, n: number) {
  return rows<{ id: string; cf: string; cognome: string; nome: string }>(
    await db.execute(sql`
      select id, codice_fiscale as cf, cognome, nome from persone
      where comune_id = ${comuneId} and anonimizzata_il is null
      order by id limit ${n}`),
  );
}

/** Requests an approval can act on, per ambito: filed and not decided yet. */
export async function approvable(db: Db, ambitoId: string, n: number) {
  return rows<{ id: string }>(
    await db.execute(sql`
      select id from richieste
      where ambito_id = ${ambitoId} and stato in ('presentata', 'in_istruttoria')
      order by id limit ${n}`),
  ).map((r) => r.id);
}

/** Money committed over every budget line, and the lines above their allocation (must be none). */
export async function budgetState(db: Db): Promise<{ impegnato: number; oltre: number }> {
  const [r] = rows<{ impegnato: string; oltre: number }>(
    await db.execute(sql`select coalesce(sum(impegnato), 0) as impegnato,
      count(*) filter (where impegnato > stanziato)::int as oltre from budget_voci`),
  );
  return { impegnato: Number(r?.impegnato ?? 0), oltre: r?.oltre ?? 0 };
}

/** What the given requests committed, to match against the growth of the budget lines. */
export async function committedBy(db: Db, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [r] = rows<{ n: string }>(
    await db.execute(sql`select coalesce(sum(importo_impegnato), 0) as n from richieste
      where id = any(${`{${ids.join(",")}}`}::uuid[])`),
  );
  return Number(r?.n ?? 0);
}
