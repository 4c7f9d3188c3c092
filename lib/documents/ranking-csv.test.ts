import { describe, expect, it } from "vitest";
import { rankingCsv } from "./ranking-csv";

describe("rankingCsv", () => {
  it("writes protocol, score and outcome only, for Italian spreadsheets", () => {
    const csv = rankingCsv([
      { posizione: 1, protocollo: "2026/000012", punteggio: "25.50", esito: "finanziata" },
      { posizione: 2, protocollo: "2026/000007", punteggio: "15.00", esito: "in_attesa" },
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\n")).toEqual([
      "Posizione;Protocollo;Punteggio;Esito",
      "1;2026/000012;25,50;Ammessa e finanziata",
      "2;2026/000007;15,00;In lista d'attesa",
      "",
    ]);
  });
});
