import { expect, type Locator, type Page } from "@playwright/test";

/** The calendar day in Italy, shifted by some days: YYYY-MM-DD. */
export function romeDay(offsetDays = 0): string {
  const at = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Rome",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

/** A title no other run has used. */
export function bandoTitle(prefix = "Buono caregiver"): string {
  return `${prefix} ${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
}

/** The bando form (/bandi/nuovo, /bandi/{id}/modifica). */
export class BandoFormPage {
  readonly form: Locator;
  constructor(readonly page: Page) {
    this.form = page.getByTestId("bando-form");
  }

  /** The control with this label, exactly (a required field's label ends with " *"). */
  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return this.form.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
  }

  get submit(): Locator {
    return this.form.getByRole("button", { name: /^(Crea bando|Salva modifiche)$/ });
  }

  fieldErrors(): Locator {
    return this.form.getByTestId("field-error");
  }

  /** Title, measure, period and window; the amount as one monthly amount × months. */
  async fillGeneral(b: {
    titolo: string;
    misura: string;
    apertura: string;
    chiusura: string;
    importoMensile: string;
    mesi: string;
  }) {
    await this.field("Titolo").fill(b.titolo);
    await this.field("Misura").selectOption({ label: b.misura });
    await this.field("Inizio del periodo").fill(b.apertura);
    await this.field("Fine del periodo").fill(b.chiusura);
    await this.field("Apertura delle domande").fill(b.apertura);
    await this.field("Chiusura delle domande").fill(b.chiusura);
    await this.field("Importo mensile (€)").fill(b.importoMensile);
    await this.field("Durata (mesi)").fill(b.mesi);
  }
}

/** Creates a bando through the API as the signed-in coordinator; answers its id. */
export async function createBandoViaApi(
  page: Page,
  over: Record<string, unknown> = {},
): Promise<string> {
  const measures = await page.request.get("/api/v1/measures");
  const { rows } = (await measures.json()) as { rows: { id: string; codice: string }[] };
  const b2 = rows.find((m) => m.codice === "B2-CAREGIVER")?.id;
  const res = await page.request.post("/api/v1/bandi", {
    data: {
      measureId: b2,
      titolo: bandoTitle(),
      periodoInizio: romeDay(-10),
      periodoFine: romeDay(355),
      apertura: romeDay(-10),
      chiusura: romeDay(50),
      modalita: "ordine_arrivo",
      importoMensile: 100,
      mesi: 12,
      budget: [{ stanziato: 10000 }],
      ...over,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}
