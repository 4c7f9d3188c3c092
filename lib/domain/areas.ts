export const AREAS = [
  "anziani",
  "disabili",
  "salute_mentale",
  "minori",
  "immigrazione",
  "adulti_difficolta",
] as const;

export type Area = (typeof AREAS)[number];

export const AREA_LABELS: Record<Area, string> = {
  anziani: "Anziani",
  disabili: "Disabili",
  salute_mentale: "Salute mentale",
  minori: "Minori e famiglia",
  immigrazione: "Immigrazione",
  adulti_difficolta: "Adulti in difficoltà",
};

export const MEASURE_KINDS = ["buono", "voucher", "servizio"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const MEASURE_KIND_LABELS: Record<MeasureKind, string> = {
  buono: "Buono sociale",
  voucher: "Voucher sociale",
  servizio: "Servizio",
};

/** SIUSS AreaUtenza: 1 famiglia e minori, 2 disabilità e non autosufficienza, 3 povertà. */
export const AREA_UTENZA_LABELS: Record<number, string> = {
  1: "Famiglia e minori",
  2: "Disabilità e non autosufficienza",
  3: "Povertà ed esclusione sociale",
};
