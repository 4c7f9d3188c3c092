import { describe, expect, it } from "vitest";
import {
  ACTION_LABELS,
  ACTION_ROLE,
  availableActions,
  formatProtocol,
  isFinal,
  isRequestAction,
  isRequestStatus,
  parseProtocol,
  REQUEST_ACTIONS,
  REQUEST_STATUSES,
  type RequestAction,
  type RequestStatus,
  requiresReason,
  STATUS_LABELS,
  transition,
} from "./request-workflow";

// Written out independently of the module's table, as the specification.
const ALLOWED: readonly [RequestStatus, RequestAction, RequestStatus][] = [
  ["bozza", "presenta", "presentata"],
  ["presentata", "avvia_istruttoria", "in_istruttoria"],
  ["in_istruttoria", "richiedi_integrazione", "integrazione_richiesta"],
  ["integrazione_richiesta", "ricevi_integrazione", "in_istruttoria"],
  ["presentata", "preavviso_rigetto", "preavviso_rigetto"],
  ["in_istruttoria", "preavviso_rigetto", "preavviso_rigetto"],
  ["preavviso_rigetto", "registra_osservazioni", "preavviso_rigetto"],
  ["presentata", "approva", "approvata"],
  ["in_istruttoria", "approva", "approvata"],
  ["in_lista_attesa", "approva", "approvata"],
  ["preavviso_rigetto", "approva", "approvata"],
  ["preavviso_rigetto", "respingi", "respinta"],
  ["presentata", "metti_in_attesa", "in_lista_attesa"],
  ["in_istruttoria", "metti_in_attesa", "in_lista_attesa"],
  ["approvata", "avvia_erogazione", "in_erogazione"],
  ["in_erogazione", "concludi", "conclusa"],
  ["approvata", "revoca", "revocata"],
  ["in_erogazione", "revoca", "revocata"],
  ["bozza", "rinuncia", "rinunciata"],
  ["presentata", "rinuncia", "rinunciata"],
  ["in_istruttoria", "rinuncia", "rinunciata"],
  ["integrazione_richiesta", "rinuncia", "rinunciata"],
  ["preavviso_rigetto", "rinuncia", "rinunciata"],
  ["in_lista_attesa", "rinuncia", "rinunciata"],
  ["approvata", "rinuncia", "rinunciata"],
  ["in_erogazione", "rinuncia", "rinunciata"],
];

function expectedTarget(status: RequestStatus, action: RequestAction): RequestStatus | undefined {
  return ALLOWED.find(([from, a]) => from === status && a === action)?.[2];
}

const ALL_PAIRS = REQUEST_STATUSES.flatMap((status) =>
  REQUEST_ACTIONS.map((action) => [status, action] as const),
);

describe("statuses and actions", () => {
  it("lists the twelve statuses with Italian labels", () => {
    expect(REQUEST_STATUSES).toHaveLength(12);
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...REQUEST_STATUSES].sort());
    expect(STATUS_LABELS).toEqual({
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
    });
  });

  it("lists the thirteen actions with Italian labels", () => {
    expect(REQUEST_ACTIONS).toHaveLength(13);
    expect(Object.keys(ACTION_LABELS).sort()).toEqual([...REQUEST_ACTIONS].sort());
    expect(ACTION_LABELS).toEqual({
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
    });
  });

  it("recognises statuses and actions from untyped input", () => {
    expect(isRequestStatus("in_istruttoria")).toBe(true);
    expect(isRequestStatus("archiviata")).toBe(false);
    expect(isRequestStatus(3)).toBe(false);
    expect(isRequestAction("approva")).toBe(true);
    expect(isRequestAction("Approva")).toBe(false);
    expect(isRequestAction(undefined)).toBe(false);
  });
});

describe("transition", () => {
  it.each(ALL_PAIRS)("%s + %s", (status, action) => {
    const to = expectedTarget(status, action);
    const result = transition(status, action);
    if (to === undefined) {
      expect(result).toEqual({
        ok: false,
        error: `Azione non consentita nello stato attuale («${STATUS_LABELS[status]}»).`,
      });
    } else {
      expect(result).toEqual({ ok: true, to });
    }
  });

  it("uses the Italian error message with the status label", () => {
    expect(transition("approvata", "approva")).toEqual({
      ok: false,
      error: "Azione non consentita nello stato attuale («Approvata»).",
    });
    expect(transition("in_lista_attesa", "respingi")).toEqual({
      ok: false,
      error: "Azione non consentita nello stato attuale («In lista d'attesa»).",
    });
  });

  it.each([
    ["bozza", "approva"],
    ["bozza", "avvia_istruttoria"],
    ["presentata", "presenta"],
    ["integrazione_richiesta", "approva"],
    ["preavviso_rigetto", "metti_in_attesa"],
    ["approvata", "respingi"],
    ["in_erogazione", "approva"],
    ["respinta", "rinuncia"],
    ["conclusa", "revoca"],
    ["revocata", "avvia_erogazione"],
    ["rinunciata", "presenta"],
  ] as const)("rejects %s + %s", (status, action) => {
    expect(transition(status, action).ok).toBe(false);
  });

  it("rejects unknown statuses and actions coming from untyped input", () => {
    expect(transition("archiviata" as RequestStatus, "approva").ok).toBe(false);
    expect(transition("presentata", "annulla" as RequestAction).ok).toBe(false);
  });

  it("follows the full happy path", () => {
    const path: RequestAction[] = [
      "presenta",
      "avvia_istruttoria",
      "richiedi_integrazione",
      "ricevi_integrazione",
      "metti_in_attesa",
      "approva",
      "avvia_erogazione",
      "concludi",
    ];
    let status: RequestStatus = "bozza";
    for (const action of path) {
      const r = transition(status, action);
      if (!r.ok) throw new Error(`${status} + ${action}: ${r.error}`);
      status = r.to;
    }
    expect(status).toBe("conclusa");
  });

  it("allows the integration loop to repeat", () => {
    expect(transition("in_istruttoria", "richiedi_integrazione")).toEqual({
      ok: true,
      to: "integrazione_richiesta",
    });
    expect(transition("integrazione_richiesta", "ricevi_integrazione")).toEqual({
      ok: true,
      to: "in_istruttoria",
    });
  });
});

describe("availableActions", () => {
  it.each(REQUEST_STATUSES)("matches the table for %s", (status) => {
    const expected = ALLOWED.filter(([from]) => from === status).map(([, action]) => action);
    expect([...availableActions(status)].sort()).toEqual([...expected].sort());
  });

  it("returns actions in the canonical order", () => {
    expect(availableActions("in_istruttoria")).toEqual([
      "richiedi_integrazione",
      "preavviso_rigetto",
      "approva",
      "metti_in_attesa",
      "rinuncia",
    ]);
  });

  it("every available action leads to a successful transition", () => {
    for (const status of REQUEST_STATUSES) {
      for (const action of availableActions(status)) {
        expect(transition(status, action).ok).toBe(true);
      }
    }
  });
});

describe("final states", () => {
  const finals: RequestStatus[] = ["respinta", "conclusa", "revocata", "rinunciata"];

  it.each(REQUEST_STATUSES)("isFinal(%s)", (status) => {
    expect(isFinal(status)).toBe(finals.includes(status));
  });

  it.each(finals)("%s has no available actions", (status) => {
    expect(availableActions(status)).toEqual([]);
  });

  it("every non-final status has at least one action", () => {
    for (const status of REQUEST_STATUSES.filter((s) => !isFinal(s))) {
      expect(availableActions(status).length).toBeGreaterThan(0);
    }
  });

  it("every status is reachable from bozza", () => {
    const reached = new Set<RequestStatus>(["bozza"]);
    const queue: RequestStatus[] = ["bozza"];
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      for (const action of availableActions(s)) {
        const r = transition(s, action);
        if (r.ok && !reached.has(r.to)) {
          reached.add(r.to);
          queue.push(r.to);
        }
      }
    }
    expect([...reached].sort()).toEqual([...REQUEST_STATUSES].sort());
  });
});

describe("requiresReason", () => {
  const motivated: RequestAction[] = [
    "approva",
    "respingi",
    "richiedi_integrazione",
    "preavviso_rigetto",
    "registra_osservazioni",
    "revoca",
    "rinuncia",
  ];

  it.each(REQUEST_ACTIONS)("requiresReason(%s)", (action) => {
    expect(requiresReason(action)).toBe(motivated.includes(action));
  });
});

describe("ACTION_ROLE", () => {
  it("assigns filing, integrations and withdrawals to the worker, the rest to the coordinator", () => {
    const worker: RequestAction[] = ["presenta", "ricevi_integrazione", "rinuncia"];
    for (const action of REQUEST_ACTIONS) {
      expect(ACTION_ROLE[action]).toBe(worker.includes(action) ? "worker" : "coordinator");
    }
  });
});

describe("protocol numbers", () => {
  it("formats year and zero-padded sequence", () => {
    expect(formatProtocol(2026, 123)).toBe("2026/000123");
    expect(formatProtocol(2026, 1)).toBe("2026/000001");
    expect(formatProtocol(2025, 999999)).toBe("2025/999999");
  });

  it.each([
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [2026, 1_000_000],
    [26, 1],
    [20260, 1],
    [Number.NaN, 1],
  ])("rejects year %s, sequence %s", (year, seq) => {
    expect(() => formatProtocol(year, seq)).toThrow(RangeError);
  });

  it("parses what it formats", () => {
    expect(parseProtocol("2026/000123")).toEqual({ year: 2026, seq: 123 });
    expect(parseProtocol(" 2025/999999 ")).toEqual({ year: 2025, seq: 999999 });
    for (const [year, seq] of [
      [2026, 1],
      [2030, 45678],
    ] as const) {
      expect(parseProtocol(formatProtocol(year, seq))).toEqual({ year, seq });
    }
  });

  it.each([
    "",
    "2026",
    "2026/123",
    "2026-000123",
    "26/000123",
    "2026/0001234",
    "2026/000000",
    "abcd/000001",
  ])("rejects %j", (text) => {
    expect(parseProtocol(text)).toBeNull();
  });
});
