import type { Page } from "@playwright/test";
import { allows, type Permission } from "../lib/auth/policy";
import type { Role } from "../lib/auth/roles";
import type { UserKey } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { newPerson, registerPerson } from "./support/people";
import { fileRequest } from "./support/requests";

/**
 * The authorization matrix of pages and API reads, generated from the declared policy:
 * every role × every page × a record of the actor's own comune (Pavia) and of another
 * (Cava Manara). Allowed answers 200; denied answers 404, as if the record did not exist.
 */
const ROLE_USER: Record<Role, UserKey> = {
  assistente_sociale: "asPavia",
  coordinatore: "coordinatore",
  amministratore_comunale: "comunePavia",
  amministratore_sistema: "admin",
};
type Target = "own" | "other";
type Records = Record<Target, { person: string; request: string; bando: string }>;
type Check = {
  name: string;
  permission: Permission;
  onRecord: boolean;
  url: (r: Records, t: Target) => string;
  api?: boolean;
};

const CHECKS: Check[] = [
  {
    name: "scheda persona",
    permission: "person.read",
    onRecord: true,
    url: (r, t) => `/persone/${r[t].person}`,
  },
  {
    name: "API persona",
    permission: "person.read",
    onRecord: true,
    api: true,
    url: (r, t) => `/api/v1/persons/${r[t].person}`,
  },
  {
    name: "richiesta",
    permission: "request.read",
    onRecord: true,
    url: (r, t) => `/richieste/${r[t].request}`,
  },
  {
    name: "API richiesta",
    permission: "request.read",
    onRecord: true,
    api: true,
    url: (r, t) => `/api/v1/requests/${r[t].request}`,
  },
  {
    name: "nuova richiesta per la persona",
    permission: "person.read",
    onRecord: true,
    url: (r, t) => `/richieste/nuova?persona=${r[t].person}`,
  },
  {
    name: "registro accessi",
    permission: "audit.read",
    onRecord: false,
    url: (r, t) => `/persone/${r[t].person}/accessi`,
  },
  { name: "elenco persone", permission: "person.read", onRecord: false, url: () => "/persone" },
  {
    name: "elenco richieste",
    permission: "request.read",
    onRecord: false,
    url: () => "/richieste",
  },
  { name: "catalogo", permission: "measure.read", onRecord: false, url: () => "/misure" },
  { name: "utenti", permission: "user.read", onRecord: false, url: () => "/utenti" },
  { name: "elenco bandi", permission: "bando.read", onRecord: false, url: () => "/bandi" },
  {
    name: "bando",
    permission: "bando.read",
    onRecord: false,
    url: (r) => `/bandi/${r.own.bando}`,
  },
  {
    name: "API bando",
    permission: "bando.read",
    onRecord: false,
    api: true,
    url: (r) => `/api/v1/bandi/${r.own.bando}`,
  },
  {
    name: "graduatoria stampabile",
    permission: "bando.read",
    onRecord: false,
    url: (r) => `/bandi/${r.own.bando}/graduatoria`,
  },
  { name: "nuovo bando", permission: "bando.manage", onRecord: false, url: () => "/bandi/nuovo" },
  {
    name: "modifica bando",
    permission: "bando.manage",
    onRecord: false,
    url: (r) => `/bandi/${r.own.bando}/modifica`,
  },
  {
    name: "modelli dei documenti",
    permission: "document.template.manage",
    onRecord: false,
    url: () => "/modelli",
  },
  {
    name: "modello di rigetto",
    permission: "document.template.manage",
    onRecord: false,
    url: () => "/modelli/rigetto",
  },
];

async function makeRecords(
  worker: Page,
  comune: string,
  bando: string,
): Promise<{ person: string; request: string; bando: string }> {
  const person = await registerPerson(worker, newPerson({ comune }));
  const { id: request } = await fileRequest(worker, person);
  return { person, request, bando };
}

test.describe("matrice di autorizzazione: pagine e API", () => {
  test.setTimeout(240_000);

  test("ogni ruolo × ogni pagina × comune proprio e altro comune", async ({ loginAs }) => {
    const coordinator = await loginAs("coordinatore");
    const bandi = await (await coordinator.request.get("/api/v1/bandi")).json();
    const bando = bandi.rows[0].id as string;
    const records: Records = {
      own: await makeRecords(await loginAs("asPavia"), "Pavia", bando),
      other: await makeRecords(await loginAs("asCavaManara"), "Cava Manara", bando),
    };
    const failures: string[] = [];
    for (const [role, user] of Object.entries(ROLE_USER) as [Role, UserKey][]) {
      const page = await loginAs(user);
      const comuneIds =
        role === "assistente_sociale" || role === "amministratore_comunale" ? ["own"] : [];
      for (const check of CHECKS) {
        for (const target of ["own", "other"] as const) {
          const recordComune = check.onRecord ? target : "own";
          const allowed = allows({ role, ambitoId: "a", comuneIds }, check.permission, {
            ambitoId: "a",
            comuneId: recordComune,
          });
          const url = check.url(records, target);
          const res = check.api
            ? await page.request.get(url)
            : await page.request.get(url, { maxRedirects: 0 });
          const got = res.status();
          const ok = allowed ? got === 200 : got === 404 || (check.api === true && got === 403);
          if (!ok)
            failures.push(
              `${role} ${check.name} (${target}) → ${got}, atteso ${allowed ? "200" : "404"}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
