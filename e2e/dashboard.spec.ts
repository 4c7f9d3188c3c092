import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { Client } from "pg";
import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";

const ALL_TIME = "/cruscotto?dal=2000-01&al=2099-12";
// Set to a folder (docs/screenshots) to save the coordinator's cruscotto for the README.
const SHOTS = process.env.DASHBOARD_SCREENSHOTS;

/** A figure of a cruscotto table: the row whose header is `row`, its `col`-th data cell. */
async function figure(page: Page, table: string, row: string, col = 0): Promise<number> {
  const r = page
    .getByRole("table", { name: table })
    .getByRole("row")
    .filter({
      has: page.getByRole("rowheader", { name: row, exact: true }),
    });
  const text = (await r.getByRole("cell").nth(col).textContent()) ?? "";
  return Number(text.replace(/\./g, "").replace(",", "."));
}

/** exceljs types its input as Node's older Buffer; the bytes are the same. */
async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

async function kpi(page: Page, id: string): Promise<number> {
  return Number(((await page.getByTestId(id).textContent()) ?? "").replace(/\./g, ""));
}

/** Totals the JSON API gives (its own count of the same requests, outside the rollups). */
async function apiTotal(page: Page, query = ""): Promise<number> {
  const res = await page.request.get(`/api/v1/requests?limit=1${query}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { total: number }).total;
}

async function sqlCount(q: string, params: unknown[] = []): Promise<number> {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    return Number((await c.query(q, params)).rows[0]?.n ?? 0);
  } finally {
    await c.end();
  }
}

test.describe("cruscotto", () => {
  test("le cifre del coordinatore corrispondono ai conteggi fatti altrove", async ({ loginAs }) => {
    const page = await loginAs("coordinatore");
    await page.goto(ALL_TIME);
    await expect(page.getByRole("heading", { level: 1, name: "Cruscotto" })).toBeVisible();
    await expectNoA11yViolations(page);
    const shown = {
      total: await kpi(page, "kpi-richieste"),
      presentata: await figure(page, "Richieste per stato", "Presentata"),
      inErogazione: await figure(page, "Richieste per stato", "In erogazione"),
      approvata: await figure(page, "Richieste per stato", "Approvata"),
      inAttesa: await figure(page, "Richieste per stato", "In lista d'attesa"),
      cartelle: await kpi(page, "kpi-cartelle"),
    };
    expect(shown.total).toBeGreaterThan(0);
    if (process.env.DATABASE_URL) {
      // Straight from the base tables, as the application never reads them for the cruscotto.
      const byStatus = (s: string) =>
        sqlCount("select count(*) n from richieste where stato = $1", [s]);
      expect(shown).toEqual({
        total: await sqlCount("select count(*) n from richieste"),
        presentata: await byStatus("presentata"),
        inErogazione: await byStatus("in_erogazione"),
        approvata: await byStatus("approvata"),
        inAttesa: await byStatus("in_lista_attesa"),
        cartelle: await sqlCount("select count(*) n from cartelle where stato <> 'chiusa'"),
      });
    } else {
      // PGlite lives inside the server: count through the JSON API, which reads the requests.
      const { cartelle: _, ...fromRollups } = shown;
      expect(fromRollups).toEqual({
        total: await apiTotal(page),
        presentata: await apiTotal(page, "&stato=presentata"),
        inErogazione: await apiTotal(page, "&stato=in_erogazione"),
        approvata: await apiTotal(page, "&stato=approvata"),
        inAttesa: await apiTotal(page, "&stato=in_lista_attesa"),
      });
    }
    // Every chart has a text alternative naming its figures.
    const charts = page.getByTestId("chart");
    expect(await charts.count()).toBeGreaterThan(5);
    await expect(charts.first()).toHaveAttribute("aria-label", /Cartelle aperte per area: /);
    if (SHOTS) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto("/cruscotto");
      await expect(page.locator("[data-testid=chart] svg").first()).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/cruscotto-coordinatore.png`, fullPage: true });
    }
  });

  test("il filtro per area si usa da tastiera e resta nell'indirizzo", async ({ loginAs }) => {
    const page = await loginAs("coordinatore");
    await page.goto(ALL_TIME);
    await page.getByLabel("Area di intervento").focus();
    await page.getByLabel("Area di intervento").selectOption("anziani");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Applica i filtri" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/area=anziani/);
    const rows = page.getByRole("table", { name: "Cartelle aperte per area" }).getByRole("row");
    await expect(rows.filter({ hasText: "Disabili" })).toContainText("0");
  });

  test("l'amministratore comunale vede solo il suo comune", async ({ loginAs }) => {
    const page = await loginAs("comunePavia");
    await page.goto(`${ALL_TIME}&comune=00000000-0000-4000-8000-000000000000`);
    await expect(page.getByRole("heading", { level: 1, name: "Cruscotto" })).toBeVisible();
    await expect(page.getByLabel("Comune", { exact: true })).toHaveCount(0);
    await expectNoA11yViolations(page);
    const comuni = page
      .getByRole("table", { name: "Cartelle aperte per comune" })
      .getByRole("rowheader");
    await expect(comuni).toHaveText(["Pavia"]);
    // The API answers with the requests this administrator may see: Pavia's.
    expect(await kpi(page, "kpi-richieste")).toBe(await apiTotal(page));
    if (process.env.DATABASE_URL) {
      expect(await kpi(page, "kpi-richieste")).toBe(
        await sqlCount(
          "select count(*) n from richieste r join comuni c on c.id = r.comune_id where c.nome = 'Pavia'",
        ),
      );
    }
    const budgetComuni = page
      .getByRole("table", { name: "Budget per comune" })
      .getByRole("rowheader");
    for (const name of await budgetComuni.allTextContents()) expect(name).toBe("Pavia");
  });

  test("le esportazioni CSV e XLSX hanno le intestazioni e le righe giuste", async ({
    loginAs,
  }) => {
    const page = await loginAs("coordinatore");
    await page.goto(ALL_TIME);
    const card = page.getByRole("region", { name: "Richieste per stato" });
    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("link", { name: "Scarica «Richieste per stato» in CSV" }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/^cruscotto-richieste-per-stato-.*\.csv$/);
    const csv = (await (await csvDownload.createReadStream()).toArray()).join("");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Stato;Richieste");
    expect(lines).toHaveLength(13);
    const total = lines.slice(1).reduce((s, l) => s + Number(l.split(";")[1]), 0);
    expect(total).toBe(await kpi(page, "kpi-richieste"));

    const [xlsxDownload] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("link", { name: "Scarica «Richieste per stato» in Excel (XLSX)" }).click(),
    ]);
    const wb = await readXlsx(
      Buffer.concat(await (await xlsxDownload.createReadStream()).toArray()),
    );
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).values).toEqual([undefined, "Stato", "Richieste"]);
    expect(ws?.actualRowCount).toBe(13);

    // A staff list with its filter: as many rows as the API counts, plus the header.
    const list = await page.request.get("/esporta/richieste?formato=xlsx&stato=presentata");
    expect(list.headers()["content-disposition"]).toMatch(
      /filename="richieste-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const lwb = await readXlsx(await list.body());
    const lws = lwb.worksheets[0];
    expect(lws?.getRow(1).getCell(1).value).toBe("Protocollo");
    expect(lws?.actualRowCount).toBe((await apiTotal(page, "&stato=presentata")) + 1);

    // The Region's export: pseudonyms, no names or codici fiscali.
    const region = await page.request.get("/cruscotto/regione?formato=csv&dal=2000-01&al=2099-12");
    const text = await region.text();
    const [header, ...rows] = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(header?.split(";")).toEqual([
      "pseudonimo",
      "fascia_eta",
      "sesso",
      "comune_istat",
      "area",
      "misura",
      "stato",
      "mese_presentazione",
      "mese_decisione",
      "importo_mensile",
      "mesi",
      "importo_approvato",
    ]);
    expect(rows).toHaveLength(await kpi(page, "kpi-richieste"));
    expect(text).not.toMatch(/[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]/);
  });

  test("l'amministratore di sistema non ha cruscotto", async ({ loginAs }) => {
    const page = await loginAs("admin");
    await page.goto("/cruscotto");
    await expect(page.getByText("Il tuo ruolo non accede al cruscotto.")).toBeVisible();
    const res = await page.request.get(
      "/cruscotto/esporta?tabella=richieste-per-stato&formato=csv",
    );
    expect(res.status()).toBe(403);
  });
});
