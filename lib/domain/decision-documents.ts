/**
 * Decision documents (L. 241/1990): the kinds, the fields a template may use, and the
 * rendering of a template into paragraphs. Pure: HTML and PDF are built elsewhere.
 */

export const DOCUMENT_KINDS = [
  "approvazione",
  "rigetto",
  "preavviso_rigetto",
  "richiesta_integrazione",
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  approvazione: "Provvedimento di concessione",
  rigetto: "Provvedimento di rigetto",
  preavviso_rigetto: "Preavviso di rigetto (art. 10-bis L. 241/1990)",
  richiesta_integrazione: "Richiesta di integrazione documentale",
};

/** The fields a template may name as {{campo}}; every value is plain text. */
export const TEMPLATE_FIELDS = {
  protocollo: "Numero di protocollo della domanda",
  data_domanda: "Data della domanda",
  data_documento: "Data del documento",
  richiedente: "Nome e cognome del richiedente",
  comune: "Comune di residenza",
  misura: "Misura richiesta",
  bando: "Titolo del bando",
  importo_mensile: "Importo mensile",
  mesi: "Numero di mesi",
  importo_totale: "Importo complessivo",
  periodo: "Periodo di erogazione",
  compartecipazione: "Quota a carico dell'utente",
  motivazione: "Motivazione scritta dal coordinatore",
  responsabile: "Responsabile del procedimento",
  termine_giorni: "Giorni concessi per rispondere",
  ambito: "Nome dell'ambito",
} as const;

export type TemplateField = keyof typeof TEMPLATE_FIELDS;
export type TemplateValues = Record<TemplateField, string>;

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** The placeholders a template names that are not fields: the editor refuses them. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? "";
    if (!(name in TEMPLATE_FIELDS)) unknown.add(name);
  }
  return [...unknown];
}

/** Fills a template: each {{campo}} becomes its value; paragraphs are split on blank lines. */
export function renderTemplate(text: string, values: TemplateValues): string[] {
  const filled = text.replace(PLACEHOLDER, (whole, name: string) =>
    name in TEMPLATE_FIELDS ? values[name as TemplateField] : whole,
  );
  return filled
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter((p) => p.length > 0);
}

export const DEFAULT_TEMPLATES: Record<DocumentKind, { oggetto: string; corpo: string }> = {
  approvazione: {
    oggetto: "Concessione di {{misura}} — domanda prot. {{protocollo}}",
    corpo: `Gentile {{richiedente}},

con riferimento alla domanda prot. {{protocollo}} del {{data_domanda}}, presentata a valere sul bando «{{bando}}», si comunica che la domanda è stata ACCOLTA.

È concesso il beneficio «{{misura}}» di {{importo_mensile}} al mese per {{mesi}} mesi, per un importo complessivo di {{importo_totale}}, nel periodo {{periodo}}.

Quota di compartecipazione a carico dell'utente: {{compartecipazione}}.

Motivazione: {{motivazione}}

Contro il presente provvedimento è ammesso ricorso al TAR entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla notifica.

Il responsabile del procedimento: {{responsabile}}`,
  },
  rigetto: {
    oggetto: "Rigetto della domanda prot. {{protocollo}} — {{misura}}",
    corpo: `Gentile {{richiedente}},

con riferimento alla domanda prot. {{protocollo}} del {{data_domanda}}, presentata a valere sul bando «{{bando}}», esaminate le eventuali osservazioni pervenute dopo il preavviso di rigetto, si comunica che la domanda NON è stata accolta per i seguenti motivi:

{{motivazione}}

Contro il presente provvedimento è ammesso ricorso al TAR entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla notifica.

Il responsabile del procedimento: {{responsabile}}`,
  },
  preavviso_rigetto: {
    oggetto: "Comunicazione dei motivi ostativi (art. 10-bis L. 241/1990) — prot. {{protocollo}}",
    corpo: `Gentile {{richiedente}},

ai sensi dell'art. 10-bis della L. 241/1990 si comunica che la domanda prot. {{protocollo}} del {{data_domanda}} per «{{misura}}» non può essere accolta per i seguenti motivi:

{{motivazione}}

Entro {{termine_giorni}} giorni dal ricevimento della presente può presentare per iscritto le sue osservazioni, eventualmente corredate da documenti. Decorso tale termine l'ufficio adotterà il provvedimento finale.

Il responsabile del procedimento: {{responsabile}}`,
  },
  richiesta_integrazione: {
    oggetto: "Richiesta di integrazione — domanda prot. {{protocollo}}",
    corpo: `Gentile {{richiedente}},

per completare l'istruttoria della domanda prot. {{protocollo}} del {{data_domanda}} per «{{misura}}» è necessario ricevere quanto segue:

{{motivazione}}

La documentazione va presentata entro {{termine_giorni}} giorni. Il termine del procedimento resta sospeso fino al ricevimento dell'integrazione, e comunque per non più di 30 giorni (art. 2, c. 7, L. 241/1990).

Il responsabile del procedimento: {{responsabile}}`,
  },
};
