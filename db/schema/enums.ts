import { pgEnum } from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("ruolo", [
  "assistente_sociale",
  "coordinatore",
  "amministratore_comunale",
  "amministratore_sistema",
]);

export const areaEnum = pgEnum("area_intervento", [
  "anziani",
  "disabili",
  "salute_mentale",
  "minori",
  "immigrazione",
  "adulti_difficolta",
]);

export const sexEnum = pgEnum("sesso", ["M", "F"]);

export const measureKindEnum = pgEnum("tipo_misura", ["buono", "voucher", "servizio"]);

export const iseeKindEnum = pgEnum("tipo_isee", [
  "ordinario",
  "minorenni",
  "sociosanitario",
  "sociosanitario_residenze",
  "universita",
  "corrente",
]);

export const requestStatusEnum = pgEnum("stato_richiesta", [
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
]);
