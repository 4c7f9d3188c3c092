/** The data of one SIUSS flusso, as mapped from Zona's records: what the XML is built from. */

export type TipoFlusso = "PS_PSA_SINA" | "SINBA";
export type TipoOperazione = "I" | "C";

export type Ente = {
  /** Belfiore code of the ambito's lead comune. */
  codice: string;
  denominazione: string;
  cfOperatore: string;
};

/** Attribute values as strings, in the XSD's own names; absent attributes are left out. */
export type Attrs = Record<string, string | undefined>;

export type SinaBlock = {
  attrs: Attrs;
  necessitaInterventiSociali: string[];
  invaliditaCivile: string[];
};

export type PsBeneficiario = {
  codiceFiscale: string;
  anagrafica: Attrs;
  indirizzo: Attrs;
  prestazione: Attrs;
  sina: SinaBlock | null;
};

export type SinbaRecord = {
  attrs: Attrs;
  prestazioni: string[];
  famiglia: string[];
};

export type FlussoDati =
  | { tipo: "PS_PSA_SINA"; beneficiario: PsBeneficiario }
  | { tipo: "SINBA"; sinba: SinbaRecord };
