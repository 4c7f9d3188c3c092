export const REQUEST_STATUSES = [
  "bozza",
  "presentata",
  "in_istruttoria",
  "integrazione_richiesta",
  "preavviso_rigetto",
  "approvata",
  "respinta",
  "in_lista_attesa",
  "in_erogazione",
  "conclusa",
  "revocata",
  "rinunciata",
] as const;

export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const STATUS_LABELS: Record<RequestStatus, string> = {
  bozza: "Bozza",
  presentata: "Presentata",
  in_istruttoria: "In istruttoria",
  integrazione_richiesta: "Integrazione richiesta",
  preavviso_rigetto: "Preavviso di rigetto",
  approvata: "Approvata",
  respinta: "Respinta",
  in_lista_attesa: "In lista d'attesa",
  in_erogazione: "In erogazione",
  conclusa: "Conclusa",
  revocata: "Revocata",
  rinunciata: "Rinunciata",
};

export const REQUEST_ACTIONS = [
  "presenta",
  "avvia_istruttoria",
  "richiedi_integrazione",
  "ricevi_integrazione",
  "preavviso_rigetto",
  "registra_osservazioni",
  "approva",
  "respingi",
  "metti_in_attesa",
  "avvia_erogazione",
  "concludi",
  "revoca",
  "rinuncia",
] as const;

export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export const ACTION_LABELS: Record<RequestAction, string> = {
  presenta: "Presenta",
  avvia_istruttoria: "Avvia istruttoria",
  richiedi_integrazione: "Richiedi integrazione",
  ricevi_integrazione: "Registra integrazione",
  preavviso_rigetto: "Preavviso di rigetto",
  registra_osservazioni: "Registra osservazioni",
  approva: "Approva",
  respingi: "Respingi",
  metti_in_attesa: "Metti in lista d'attesa",
  avvia_erogazione: "Avvia erogazione",
  concludi: "Concludi",
  revoca: "Revoca",
  rinuncia: "Registra rinuncia",
};

export type ActionRole = "worker" | "coordinator";

export const ACTION_ROLE: Record<RequestAction, ActionRole> = {
  presenta: "worker",
  avvia_istruttoria: "coordinator",
  richiedi_integrazione: "coordinator",
  ricevi_integrazione: "worker",
  preavviso_rigetto: "coordinator",
  registra_osservazioni: "coordinator",
  approva: "coordinator",
  respingi: "coordinator",
  metti_in_attesa: "coordinator",
  avvia_erogazione: "coordinator",
  concludi: "coordinator",
  revoca: "coordinator",
  rinuncia: "worker",
};

export const TRANSITIONS: Record<
  RequestAction,
  { from: readonly RequestStatus[]; to: RequestStatus }
> = {
  presenta: { from: ["bozza"], to: "presentata" },
  avvia_istruttoria: { from: ["presentata"], to: "in_istruttoria" },
  richiedi_integrazione: { from: ["in_istruttoria"], to: "integrazione_richiesta" },
  ricevi_integrazione: { from: ["integrazione_richiesta"], to: "in_istruttoria" },
  preavviso_rigetto: { from: ["presentata", "in_istruttoria"], to: "preavviso_rigetto" },
  // The applicant's observations on a preavviso: once recorded, the decision need not wait.
  registra_osservazioni: { from: ["preavviso_rigetto"], to: "preavviso_rigetto" },
  // After a preavviso the applicant's observations may be accepted (L. 241/1990 art. 10-bis).
  approva: {
    from: ["presentata", "in_istruttoria", "in_lista_attesa", "preavviso_rigetto"],
    to: "approvata",
  },
  // A rejection comes only after a preavviso (art. 10-bis) and its 10 days or the observations.
  respingi: { from: ["preavviso_rigetto"], to: "respinta" },
  metti_in_attesa: { from: ["presentata", "in_istruttoria"], to: "in_lista_attesa" },
  avvia_erogazione: { from: ["approvata"], to: "in_erogazione" },
  concludi: { from: ["in_erogazione"], to: "conclusa" },
  revoca: { from: ["approvata", "in_erogazione"], to: "revocata" },
  rinuncia: {
    from: [
      "bozza",
      "presentata",
      "in_istruttoria",
      "integrazione_richiesta",
      "preavviso_rigetto",
      "in_lista_attesa",
      "approvata",
      "in_erogazione",
    ],
    to: "rinunciata",
  },
};

const FINAL_STATUSES: readonly RequestStatus[] = ["respinta", "conclusa", "revocata", "rinunciata"];

// Decisions and events that change the applicant's position must be motivated (L. 241/1990 art. 3).
const ACTIONS_REQUIRING_REASON: readonly RequestAction[] = [
  "approva",
  "respingi",
  "richiedi_integrazione",
  "preavviso_rigetto",
  "registra_osservazioni",
  "revoca",
  "rinuncia",
];

export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === "string" && (REQUEST_STATUSES as readonly string[]).includes(value);
}

export function isRequestAction(value: unknown): value is RequestAction {
  return typeof value === "string" && (REQUEST_ACTIONS as readonly string[]).includes(value);
}

export function availableActions(status: RequestStatus): RequestAction[] {
  return REQUEST_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

export function transition(
  status: RequestStatus,
  action: RequestAction,
): { ok: true; to: RequestStatus } | { ok: false; error: string } {
  if (!isRequestStatus(status)) {
    return { ok: false, error: "Lo stato della richiesta non è riconosciuto." };
  }
  if (!isRequestAction(action)) {
    return { ok: false, error: "L'azione richiesta non è riconosciuta." };
  }
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(status)) {
    return {
      ok: false,
      error: `Azione non consentita nello stato attuale («${STATUS_LABELS[status]}»).`,
    };
  }
  return { ok: true, to: rule.to };
}

export function requiresReason(action: RequestAction): boolean {
  return ACTIONS_REQUIRING_REASON.includes(action);
}

export function isFinal(status: RequestStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

export type ProtocolNumber = { year: number; seq: number };

const PROTOCOL_SEQ_DIGITS = 6;
const PROTOCOL_SEQ_MAX = 10 ** PROTOCOL_SEQ_DIGITS - 1;

/** Formats a protocol number as "2026/000123". */
export function formatProtocol(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Anno di protocollo non valido: ${year}`);
  }
  if (!Number.isInteger(seq) || seq < 1 || seq > PROTOCOL_SEQ_MAX) {
    throw new RangeError(`Numero progressivo di protocollo non valido: ${seq}`);
  }
  return `${year}/${String(seq).padStart(PROTOCOL_SEQ_DIGITS, "0")}`;
}

/** Parses "2026/000123"; returns null when the text is not a protocol number. */
export function parseProtocol(text: string): ProtocolNumber | null {
  const m = /^(\d{4})\/(\d{6})$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const seq = Number(m[2]);
  if (year < 1000 || seq < 1) return null;
  return { year, seq };
}
