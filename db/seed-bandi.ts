import { addDays, romeDate } from "@/lib/domain/dates";
import type { Db } from "./client";
import * as s from "./schema";

/**
 * Demo bandi: a B2 call for caregivers with a ranking, open now (domain.md §4), and a voucher
 * for frail elderly people allocated first come, first served, with budget by comune.
 */
export async function seedBandi(
  tx: Db,
  ctx: {
    ambitoId: string;
    coordinatorId: string;
    measureIds: Map<string, string>;
    comuneIds: Map<string, string>;
  },
): Promise<number> {
  const today = romeDate(new Date());
  const nextMonth = `${addDays(`${today.slice(0, 7)}-01`, 32).slice(0, 7)}-01`;
  const b2 = ctx.measureIds.get("B2-CAREGIVER");
  const voucher = ctx.measureIds.get("VOUCHER-ANZIANI");
  if (!b2 || !voucher) return 0;
  const common = {
    ambitoId: ctx.ambitoId,
    responsabileId: ctx.coordinatorId,
    creatoDa: ctx.coordinatorId,
    periodoInizio: nextMonth,
    periodoFine: addDays(nextMonth, 364),
    apertura: addDays(today, -20),
    chiusura: addDays(today, 40),
    termineGiorni: 30,
  };
  const [caregiver, anziani] = await tx
    .insert(s.bandi)
    .values([
      {
        ...common,
        measureId: b2,
        titolo: "Misura B2 — buono caregiver familiare",
        modalita: "graduatoria",
        importoMensile: "100.00",
        mesi: 12,
        regoleAmmissione: [
          {
            type: "isee",
            kinds: ["sociosanitario"],
            max: 25000,
            minorsKinds: ["ordinario", "minorenni"],
            minorsMax: 40000,
          },
          { type: "isee_valid" },
          { type: "residence" },
          { type: "disability", anyOf: ["l104_art3c3", "indennita_accompagnamento"] },
          { type: "at_home" },
          {
            type: "declaration",
            id: "caregiver",
            text: "Il caregiver familiare convive con la persona e la assiste con continuità.",
          },
        ],
        regolePunteggio: [
          {
            type: "isee_band",
            bands: [
              { upTo: 8000, points: 30 },
              { upTo: 15000, points: 20 },
              { upTo: 25000, points: 10 },
            ],
          },
          { type: "lives_alone", points: 10 },
          { type: "household", perMember: 2, max: 10 },
          { type: "assessment", max: 20 },
        ],
      },
      {
        ...common,
        measureId: voucher,
        titolo: "Voucher anziani fragili — ordine di arrivo",
        modalita: "ordine_arrivo",
        importoMensile: "400.00",
        mesi: 6,
        oreMensili: "16.00",
        regoleAmmissione: [
          { type: "isee", kinds: ["sociosanitario", "ordinario"], max: 20000 },
          { type: "isee_valid" },
          { type: "residence" },
          { type: "age", min: 65, on: "application" },
        ],
        regolePunteggio: [],
        compartecipazione: {
          iseeMin: 6000,
          iseeMax: 20000,
          tMin: 2,
          tMax: 12,
          exemptBelowMin: true,
        },
      },
    ])
    .returning({ id: s.bandi.id });
  if (!caregiver || !anziani) return 0;
  const pavia = ctx.comuneIds.get("Pavia");
  await tx.insert(s.budgetLines).values([
    { ambitoId: ctx.ambitoId, bandoId: caregiver.id, stanziato: "60000.00" },
    { ambitoId: ctx.ambitoId, bandoId: anziani.id, comuneId: pavia, stanziato: "24000.00" },
    { ambitoId: ctx.ambitoId, bandoId: anziani.id, stanziato: "24000.00" },
  ]);
  await tx.insert(s.bandoEvents).values(
    [caregiver.id, anziani.id].map((bandoId) => ({
      ambitoId: ctx.ambitoId,
      bandoId,
      actorId: ctx.coordinatorId,
      azione: "creato",
      dettagli: {},
    })),
  );
  return 2;
}
