import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/roles";
import { dashboardFiltersOf, getDashboard } from "@/lib/data/dashboard";
import { getPersonFacts } from "@/lib/data/person-facts";
import { getPerson, listPersons, searchPersons } from "@/lib/data/persons";
import { listRequests, transitionRequest } from "@/lib/data/requests";
import type { BenchRequest } from "./load";
import type { BenchUser } from "./targets";

/** One user of a scenario, with what the scenario needs of their data. */
export type Seat = {
  user: BenchUser;
  actor: Actor;
  cookie: string;
  people: { id: string; cf: string; cognome: string; nome: string }[];
  /** Requests this seat may approve, used once each (HTTP and database floor draw apart). */
  approvable: string[];
};

export type Scenario = {
  name: string;
  role: "assistente_sociale" | "coordinatore";
  /** p95 in ms, and the most it may be over (framework floor + database floor). */
  target: { p95: number; ratio: number };
  /** Statuses that are a correct answer besides 2xx. */
  ok?: number[];
  requests: (s: Seat) => BenchRequest[];
  /** Draws the next write target; null when none is left. */
  next?: (s: Seat) => BenchRequest | null;
  /** The same data-layer calls the route makes, run directly: the database floor. */
  floor: (db: Db, s: Seat, i: number) => Promise<unknown>;
};

// A decision carries its reasons (L. 241/1990 art. 3).
const APPROVE = { action: "approva", nota: "Requisiti verificati; ammessa nei limiti del budget." };
const json = (path: string, body: unknown): BenchRequest => ({
  method: "POST",
  path,
  body: JSON.stringify(body),
  contentType: "application/json",
});
const pick = <T>(list: T[], i: number) => list[i % Math.max(1, list.length)] as T;
/** A name as someone might mistype it: one letter dropped from the surname. */
const typo = (p: { cognome: string; nome: string }) =>
  `${p.cognome.slice(0, 2)}${p.cognome.slice(3)} ${p.nome}`;
const listQuery = (s: Seat) =>
  ({
    comuneId: s.user.comuneId ?? undefined,
    stato: "presentata",
    sort: "data",
    limit: 50,
  }) as const;

export const SCENARIOS: Scenario[] = [
  {
    name: "Elenco richieste (comune + stato, 50)",
    role: "assistente_sociale",
    target: { p95: 150, ratio: 2 },
    requests: (s) => [
      {
        method: "GET",
        path: `/richieste?comune=${s.user.comuneId}&stato=presentata&sort=data&limit=50`,
      },
    ],
    floor: (db, s) => listRequests(db, s.actor, listQuery(s)),
  },
  {
    name: "Ricerca persona per codice fiscale",
    role: "assistente_sociale",
    target: { p95: 150, ratio: 2 },
    requests: (s) => s.people.slice(0, 20).map((p) => json("/api/v1/persons/search", { q: p.cf })),
    floor: (db, s, i) => searchPersons(db, s.actor, pick(s.people, i).cf),
  },
  {
    name: "Ricerca persona per nome (approssimata)",
    role: "assistente_sociale",
    target: { p95: 150, ratio: 2 },
    requests: (s) =>
      s.people.slice(0, 20).map((p) => json("/api/v1/persons/search", { q: typo(p) })),
    floor: (db, s, i) => searchPersons(db, s.actor, typo(pick(s.people, i))),
  },
  {
    name: "Scheda persona",
    role: "assistente_sociale",
    target: { p95: 150, ratio: 2 },
    requests: (s) =>
      s.people.slice(0, 20).map((p) => ({ method: "GET", path: `/persone/${p.id}` })),
    floor: async (db, s, i) => {
      const p = pick(s.people, i);
      await getPerson(db, s.actor, p.id);
      await Promise.all([
        listRequests(db, s.actor, { personId: p.id, sort: "data", desc: true, limit: 50 }),
        getPersonFacts(db, s.actor, p.id),
      ]);
    },
  },
  {
    name: "Cruscotto del coordinatore",
    role: "coordinatore",
    target: { p95: 150, ratio: 2 },
    requests: () => [{ method: "GET", path: "/cruscotto" }],
    floor: (db, s) => getDashboard(db, s.actor, dashboardFiltersOf(s.actor, {})),
  },
  {
    name: "API: elenco richieste (50)",
    role: "coordinatore",
    target: { p95: 150, ratio: 2 },
    requests: () => [{ method: "GET", path: "/api/v1/requests?limit=50" }],
    floor: (db, s) => listRequests(db, s.actor, { limit: 50 }),
  },
  {
    name: "API: elenco persone (50)",
    role: "coordinatore",
    target: { p95: 150, ratio: 2 },
    requests: () => [{ method: "GET", path: "/api/v1/persons?limit=50" }],
    floor: (db, s) => listPersons(db, s.actor, { limit: 50 }),
  },
  {
    name: "Approvazione con controllo del budget",
    role: "coordinatore",
    target: { p95: 60, ratio: 2 },
    // A request the budget cannot cover is refused with 409: a right answer, not an error.
    ok: [409],
    requests: (s) => [json(`/api/v1/requests/${s.approvable[0]}/transitions`, APPROVE)],
    next: (s) => {
      const id = s.approvable.shift();
      return id ? json(`/api/v1/requests/${id}/transitions`, APPROVE) : null;
    },
    floor: (db, s) => {
      const id = s.approvable.pop();
      if (!id) return Promise.resolve();
      return transitionRequest(db, s.actor, id, APPROVE).catch((e) => {
        if ((e as { status?: number }).status !== 409) throw e;
      });
    },
  },
];
