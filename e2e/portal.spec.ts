import type { Page } from "@playwright/test";
import {
  type Applicant,
  type DisabilityCode,
  type EligibilityRule,
  evaluateEligibility,
  type IseeKind,
} from "../lib/domain/eligibility";
import { PORTAL_PAGES, type PortalPage } from "../lib/portal/routes";
import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";

/**
 * The public portal: every page without login and without JavaScript, in Italian and English,
 * accessible and usable by keyboard; the self-check answers as the eligibility engine does;
 * the administrator's edits show on the public pages.
 */

const PAGES = Object.keys(PORTAL_PAGES) as PortalPage[];
const LOCALES = ["it", "en"] as const;

async function expectPortalPage(page: Page, path: string, lang: "it" | "en") {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/\S/);
  const other = lang === "it" ? "en" : "it";
  await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveCount(1);
  await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
  await expect(page.getByTestId("language-switch")).toHaveAttribute("hreflang", other);
}

test.describe("portale pubblico", () => {
  test("ogni pagina si apre senza accesso e senza JavaScript, in italiano e in inglese", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const locale of LOCALES) {
      for (const key of PAGES) await expectPortalPage(page, PORTAL_PAGES[key][locale], locale);
    }
    // The generated criteria name the open bandi's rules; the documents download.
    await page.goto("/criteri-di-accesso");
    await expect(page.getByTestId("bando-criteria").first()).toContainText("ISEE");
    await page.goto("/en/access-criteria");
    await expect(page.getByTestId("bando-criteria").first()).toContainText("Resident in");
    await page.goto("/documenti-ufficiali");
    const href = await page
      .getByTestId("official-document")
      .first()
      .getByRole("link")
      .getAttribute("href");
    const pdf = await page.request.get(href ?? "");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");
    await context.close();
  });

  test("axe non trova violazioni gravi; la tastiera funziona", async ({ page }) => {
    for (const locale of LOCALES) {
      for (const key of PAGES) {
        await page.goto(PORTAL_PAGES[key][locale]);
        await expectNoA11yViolations(page);
      }
    }
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Vai al contenuto" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#contenuto$/);
    // The main navigation is reachable and followed with the keyboard alone.
    const nav = page.getByRole("navigation", { name: "Menu principale" });
    const link = nav.getByRole("link", { name: "Verifica i requisiti" });
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/verifica-requisiti$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Verifica i requisiti" }),
    ).toBeVisible();
  });

  type Citizen = {
    comune: string | null;
    age: number;
    isee: { kind: IseeKind; value: number } | null;
    disability: "si" | "no" | "non_so";
    conditions: DisabilityCode[];
    atHome: "si" | "no" | "non_so";
    declare: boolean;
  };

  const CITIZENS: Citizen[] = [
    {
      comune: "Pavia",
      age: 78,
      isee: { kind: "sociosanitario", value: 12_000 },
      disability: "si",
      conditions: ["indennita_accompagnamento"],
      atHome: "si",
      declare: true,
    },
    {
      comune: "Cava Manara",
      age: 41,
      isee: null,
      disability: "no",
      conditions: [],
      atHome: "si",
      declare: false,
    },
    {
      comune: null,
      age: 9,
      isee: { kind: "minorenni", value: 30_000 },
      disability: "si",
      conditions: ["l104_art3c3"],
      atHome: "non_so",
      declare: true,
    },
  ];

  async function answer(page: Page, c: Citizen) {
    const form = page.getByTestId("self-check-form");
    await form
      .getByLabel(/^Comune di residenza/)
      .selectOption({ label: c.comune ?? "Un comune fuori dal distretto" });
    await form.getByLabel(/^Età/).fill(String(c.age));
    if (c.isee) {
      await form.getByLabel("Tipo di ISEE valido che possiedi").selectOption(c.isee.kind);
      await form.getByLabel("Valore dell'ISEE in euro").fill(String(c.isee.value));
    }
    const yesNo = { si: "Sì", no: "No", non_so: "Non so" } as const;
    await form
      .getByRole("group", { name: /disabilità o una condizione/ })
      .getByLabel(yesNo[c.disability], { exact: true })
      .check();
    for (const code of c.conditions)
      await form.locator(`input[name="condizioni"][value="${code}"]`).check();
    await form
      .getByRole("group", { name: /domicilio/ })
      .getByLabel(yesNo[c.atHome], { exact: true })
      .check();
    if (c.declare) {
      for (const box of await form.locator('input[name="dichiarazioni"]').all()) await box.check();
    }
    await form.getByTestId("self-check-submit").click();
  }

  /** The applicant the engine sees for these answers, built by hand as the page states its conventions. */
  function applicantOf(
    c: Citizen,
    comuneIds: Record<string, string>,
    today: string,
    rules: EligibilityRule[],
  ): Applicant {
    const birth = `${Number(today.slice(0, 4)) - c.age}${today.slice(4)}`;
    return {
      birthDate: birth.endsWith("-02-29") ? `${birth.slice(0, 4)}-02-28` : birth,
      residenceComuneId: c.comune ? (comuneIds[c.comune] ?? null) : null,
      ambitoComuneIds: Object.values(comuneIds),
      iseeAttestations: c.isee
        ? [{ ...c.isee, filedOn: today, expiresOn: `${today.slice(0, 4)}-12-31` }]
        : [],
      disabilities: c.disability === "si" ? c.conditions : c.disability === "no" ? [] : null,
      livesAtHome: c.atHome === "si" ? true : c.atHome === "no" ? false : null,
      activeMeasureIds: [],
      declarations: Object.fromEntries(
        rules.flatMap((r) => (r.type === "declaration" ? [[r.id, c.declare]] : [])),
      ),
    };
  }

  async function romeToday(page: Page): Promise<string> {
    return page.evaluate(() =>
      new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(new Date()),
    );
  }

  test("la verifica dei requisiti risponde come il motore di ammissibilità, anche senza JavaScript", async ({
    browser,
    loginAs,
  }) => {
    const coordinator = await loginAs("coordinatore");
    const today = await romeToday(coordinator);
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const withJs = await browser.newContext();
    for (const [i, citizen] of CITIZENS.entries()) {
      const page = await (i === 0 ? noJs : withJs).newPage();
      await page.goto("/verifica-requisiti");
      await expect(page.getByTestId("self-check-privacy")).toBeVisible();
      const comuneIds = Object.fromEntries(
        await page
          .locator('select[name="comune"] option')
          .evaluateAll((os) =>
            os
              .map((o) => [o.textContent ?? "", (o as HTMLOptionElement).value] as const)
              .filter(([, v]) => v && v !== "altro"),
          ),
      );
      await answer(page, citizen);
      const results = page.getByTestId("self-check-result");
      await expect(results.first()).toBeVisible();
      // The answers travel in the body of a POST: never in the address.
      expect(new URL(page.url()).search).toBe("");
      const shown = await results.evaluateAll((els) =>
        els.map((e) => ({
          id: e.getAttribute("data-bando") ?? "",
          outcome: e.getAttribute("data-outcome"),
        })),
      );
      expect(shown.length).toBeGreaterThan(0);
      for (const { id, outcome } of shown) {
        const res = await coordinator.request.get(`/api/v1/bandi/${id}`);
        expect(res.status()).toBe(200);
        const rules = ((await res.json()) as { regoleAmmissione: EligibilityRule[] })
          .regoleAmmissione;
        const expected = evaluateEligibility(
          rules,
          applicantOf(citizen, comuneIds, today, rules),
          today,
        );
        expect(outcome, `cittadino ${i + 1}, bando ${id}`).toBe(expected.outcome);
      }
      if (i === 0) expect(shown.some((s) => s.outcome === "eligible")).toBe(true);
      if (i === 1) await expectNoA11yViolations(page);
    }
    await noJs.close();
    await withJs.close();
  });

  test("l'amministratore modifica gli orari e pubblica un documento; il portale li mostra", async ({
    browser,
    loginAs,
  }) => {
    const admin = await loginAs("admin");
    await admin.goto("/portale");
    await expect(admin.getByRole("heading", { level: 1, name: "Portale pubblico" })).toBeVisible();
    await expectNoA11yViolations(admin);
    const office = admin.getByTestId("office-form").first();
    await office.getByLabel("dalle (Sabato, fascia 1)", { exact: true }).fill("10:15");
    await office.getByLabel("alle (Sabato, fascia 1)", { exact: true }).fill("11:45");
    await office.getByRole("button", { name: "Salva la sede" }).click();
    await expect(office.getByTestId("office-saved")).toBeVisible();

    const title = `Relazione annuale ${Date.now()}`;
    const upload = admin.getByTestId("document-upload");
    await upload.getByLabel(/^Titolo/).fill(title);
    await upload.getByLabel(/^File PDF/).setInputFiles({
      name: "relazione.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
    });
    await upload.getByRole("button", { name: "Pubblica" }).click();
    await expect(upload.getByTestId("document-saved")).toBeVisible();

    const anon = await browser.newContext({ javaScriptEnabled: false });
    const citizen = await anon.newPage();
    await citizen.goto("/ufficio-di-piano");
    await expect(citizen.getByTestId("office").first()).toContainText("Sabato");
    await expect(citizen.getByTestId("office").first()).toContainText("10:15–11:45");
    await citizen.goto("/en/planning-office");
    await expect(citizen.getByTestId("office").first()).toContainText("Saturday");
    await citizen.goto("/documenti-ufficiali");
    await expect(citizen.getByTestId("official-document").filter({ hasText: title })).toBeVisible();
    await anon.close();
  });

  test("una sede rifiutata tiene ciò che è stato scritto; un documento si ritira dopo una conferma", async ({
    loginAs,
  }) => {
    const admin = await loginAs("admin");
    await admin.goto("/portale");
    const form = admin.getByTestId("office-form").first();
    await form.getByLabel(/^Nome/).fill("");
    await form.getByLabel(/^Telefono/).fill("0382 111 222");
    await form.getByRole("button", { name: "Salva la sede" }).click();
    await expect(form.getByText("Indica il nome della sede.")).toBeVisible();
    await expect(form.getByLabel(/^Nome/)).toHaveValue("");
    await expect(form.getByLabel(/^Telefono/)).toHaveValue("0382 111 222");

    const documents = admin.getByTestId("admin-documents");
    const withdrawn = await documents.getByText("Ritirato il").count();
    await documents
      .getByRole("button", { name: /^Ritira/ })
      .first()
      .focus();
    await admin.keyboard.press("Enter");
    await expect(admin.getByRole("button", { name: "Sì, ritira" })).toBeFocused();
    await expectNoA11yViolations(admin);
    await admin.keyboard.press("Enter");
    await expect(documents.getByText("Ritirato il")).toHaveCount(withdrawn + 1);
  });
});
