/** The demo accounts created by db/seed.ts when SEED_DEMO=true. */
export const DEMO_PASSWORD = "zona-demo-2026";

export type DemoUser = {
  email: string;
  nome: string;
  ruolo: string;
};

export const USERS = {
  coordinatore: {
    email: "coordinatore@pdz-pavia.example",
    nome: "Laura Bellini",
    ruolo: "Coordinatore Ufficio di Piano",
  },
  asPavia: {
    email: "as.pavia@pdz-pavia.example",
    nome: "Chiara Valli",
    ruolo: "Assistente sociale",
  },
  asCavaManara: {
    email: "as.cavamanara@pdz-pavia.example",
    nome: "Davide Poggi",
    ruolo: "Assistente sociale",
  },
  comunePavia: {
    email: "comune.pavia@pdz-pavia.example",
    nome: "Stefano Arrigoni",
    ruolo: "Amministratore comunale",
  },
  admin: {
    email: "admin@pdz-pavia.example",
    nome: "Amministratore di sistema",
    ruolo: "Amministratore di sistema",
  },
} as const satisfies Record<string, DemoUser>;

export type UserKey = keyof typeof USERS;
