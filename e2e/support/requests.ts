import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { type NewPerson, newPerson, registerPerson } from "./people";

export const PROTOCOL = /\b(\d{4}\/\d{6})\b/;

export type RequestInput = {
  /** Name of the measure in the catalogue (default: Buono B2 assistente personale, which has no open bando). */
  misura?: string;
  /** Needed for measures without a catalogue amount. */
  importoMensile?: string;
  mesi?: string;
  motivazione?: string;
};

export type FiledRequest = { id: string; protocollo: string; personId: string; person: NewPerson };

/**
 * Files a request for the person through /richieste/nuova and returns its id and protocol
 * number; leaves the page on the new request.
 */
export async function fileRequest(
  page: Page,
  personId: string,
  opts: RequestInput = {},
): Promise<{ id: string; protocollo: string }> {
  const misura = opts.misura ?? "Buono B2 assistente personale";
  await page.goto(`/richieste/nuova?persona=${personId}`);
  await expect(page.getByRole("heading", { name: "Nuova richiesta", level: 1 })).toBeVisible();
  await expectNoA11yViolations(page);
  const select = page.getByLabel(/^Misura/);
  const value = await select.locator("option", { hasText: misura }).first().getAttribute("value");
  if (!value) throw new Error(`misura «${misura}» non trovata nel catalogo`);
  await select.selectOption(value);
  // Choosing a measure pre-fills amount and months from the catalogue, when it has them.
  const importo = page.getByLabel(/^Importo mensile/);
  const mesi = page.getByLabel(/^Durata/);
  if (opts.importoMensile !== undefined) await importo.fill(opts.importoMensile);
  else await expect(importo).not.toHaveValue("");
  if (opts.mesi !== undefined) await mesi.fill(opts.mesi);
  else await expect(mesi).not.toHaveValue("");
  await page
    .getByLabel(/^Bisogno e motivazione/)
    .fill(
      opts.motivazione ??
        "Caregiver familiare convivente; valutazione sociale favorevole alla misura richiesta.",
    );
  await page.getByRole("button", { name: "Presenta richiesta" }).click();
  await expect(page).toHaveURL(/\/richieste\/[0-9a-f-]{36}\?nuova=1$/);
  const created = page.getByTestId("request-created");
  await expect(created).toContainText(PROTOCOL);
  await expectNoA11yViolations(page);
  const protocollo = PROTOCOL.exec((await created.textContent()) ?? "")?.[1];
  const id = new URL(page.url()).pathname.split("/").pop();
  if (!id || !protocollo) throw new Error(`richiesta non creata: ${page.url()}`);
  return { id, protocollo };
}

/** Registers a fresh person and files one request for them. */
export async function personWithRequest(
  page: Page,
  opts: RequestInput = {},
): Promise<FiledRequest> {
  const person = newPerson();
  const personId = await registerPerson(page, person);
  const r = await fileRequest(page, personId, opts);
  return { ...r, personId, person };
}

/** The status badge next to the request's title. */
export function requestStatus(page: Page): Locator {
  return page.locator("main h1 + p [data-status]");
}

export function historyItems(page: Page): Locator {
  return page.getByTestId("request-history").locator(":scope > li");
}

/** The cells of one column of a table, located by the column's header text. */
export async function columnCells(table: Locator, header: string): Promise<Locator> {
  const headers = (await table.locator("thead th").allInnerTexts()).map((t) =>
    t.replace(/[▲▼↕]/g, "").split(",")[0]?.trim(),
  );
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`colonna «${header}» non trovata tra ${headers.join(" | ")}`);
  return table.locator(`tbody tr td:nth-child(${index + 1})`);
}
