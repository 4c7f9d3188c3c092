import { expectNoA11yViolations } from "./support/a11y";
import { USERS } from "./support/accounts";
import { expectProblem } from "./support/api";
import { expect, test } from "./support/fixtures";
import { registerPerson } from "./support/people";

function expectHardened(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-inline");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toContain("max-age=");
}

test.describe("sicurezza HTTP", () => {
  test("intestazioni di sicurezza sulle pagine pubbliche e riservate, con un nonce nuovo a ogni richiesta", async ({
    page,
    loginAs,
  }) => {
    const first = await page.request.get("/");
    const second = await page.request.get("/");
    expectHardened(first.headers());
    expect(first.headers()["content-security-policy"]).not.toBe(
      second.headers()["content-security-policy"],
    );

    const staff = await loginAs("asPavia");
    const desk = await staff.request.get("/scrivania");
    expect(desk.status()).toBe(200);
    expectHardened(desk.headers());
    expect(desk.headers()["cache-control"]).toContain("no-store");
    const api = await staff.request.get("/api/v1/requests?limit=1");
    expect(api.headers()["cache-control"]).toContain("no-store");
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("nessuna violazione della CSP mentre si lavora", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text()))
        violations.push(m.text());
    });
    await page.goto("/login");
    await page.getByLabel("Email").fill(USERS.asPavia.email);
    await page.getByLabel("Password").fill("zona-demo-2026");
    await page.getByRole("button", { name: "Accedi" }).click();
    await expect(page).toHaveURL(/\/scrivania$/);
    await page.goto("/richieste");
    await page.locator("[data-testid=requests-table] tbody a").first().click();
    await expect(page).toHaveURL(/\/richieste\/[0-9a-f-]{36}$/);
    await page.goto("/persone/nuova");
    await page.getByLabel("Codice fiscale").fill("RSSMRA79B11C566R");
    await expect(page.getByText(/Dal codice:/)).toBeVisible();
    expect(violations).toEqual([]);
    await context.close();
  });

  test("cookie di sessione HttpOnly e SameSite=Lax; Secure e con prefisso __Secure- dietro HTTPS", async ({
    loginAs,
    playwright,
    baseURL,
  }) => {
    const page = await loginAs("asPavia");
    const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    // Behind a TLS-terminating proxy Auth.js issues the __Secure- cookie with the Secure flag.
    const api = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { "x-forwarded-proto": "https" },
    });
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    const res = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: USERS.asPavia.email, password: "zona-demo-2026" },
      maxRedirects: 0,
    });
    const setCookie = res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value);
    const session = setCookie.find((c) => c.startsWith("__Secure-authjs.session-token="));
    expect(session, setCookie.join("\n")).toBeDefined();
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    await api.dispose();
  });

  test("un'intestazione x-middleware-subrequest non fa saltare alcun controllo", async ({
    playwright,
    baseURL,
  }) => {
    const forged =
      "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware";
    const api = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { "x-middleware-subrequest": forged },
    });
    const page = await api.get("/scrivania", { maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers().location).toContain("/login");
    await expectProblem(await api.get("/api/v1/requests"), 401);
    await expectProblem(await api.get("/api/v1/persons"), 401);
    await api.dispose();
  });
});

test.describe("registro degli accessi", () => {
  test("la visita di una scheda compare nel registro accessi del coordinatore", async ({
    loginAs,
  }) => {
    const worker = await loginAs("asPavia");
    const personId = await registerPerson(worker);
    await worker.goto(`/persone/${personId}`);
    await expect(worker.getByRole("heading", { level: 1 })).toBeVisible();

    const comune = await loginAs("comunePavia");
    await comune.goto(`/persone/${personId}`);
    await expect(comune.getByRole("link", { name: "Registro accessi" })).toHaveCount(0);
    const denied = await comune.goto(`/persone/${personId}/accessi`);
    expect(denied?.status()).toBe(404);

    const coordinator = await loginAs("coordinatore");
    await coordinator.goto(`/persone/${personId}`);
    await coordinator.getByRole("link", { name: "Registro accessi" }).click();
    await expect(coordinator).toHaveURL(new RegExp(`/persone/${personId}/accessi$`));
    const log = coordinator.getByTestId("access-log");
    await expect(
      log
        .getByRole("row")
        .filter({ hasText: "Stefano Arrigoni" })
        .filter({ hasText: "Visualizzazione" })
        .filter({ hasText: "Scheda persona" }),
    ).toHaveCount(1);
    await expect(
      log.getByRole("row").filter({ hasText: "Chiara Valli" }).filter({ hasText: "Creazione" }),
    ).toHaveCount(1);
    await expect(
      log
        .getByRole("row")
        .filter({ hasText: "Laura Bellini" })
        .filter({ hasText: "Scheda persona" }),
    ).toHaveCount(1);
    await expectNoA11yViolations(coordinator);

    // The data-subject export (GDPR art. 15): the coordinator downloads it, the others cannot.
    await coordinator.goto(`/persone/${personId}`);
    const download = coordinator.waitForEvent("download");
    await coordinator.getByRole("link", { name: "Esporta i dati (PDF)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^dati-persona-[0-9a-f]{8}\.pdf$/);
    const json = await coordinator.request.get(`/api/v1/persons/${personId}/export`);
    expect(json.status()).toBe(200);
    expect((await json.json()).persona.id).toBe(personId);
    const refused = await worker.request.get(`/api/v1/persons/${personId}/export?format=pdf`);
    expect(refused.status()).toBe(403);
  });
});

test.describe("inattività", () => {
  test("avvisa prima della scadenza e chiude la sessione dopo 30 minuti senza attività (orologio simulato)", async ({
    loginAs,
  }) => {
    const page = await loginAs("asPavia");
    await page.clock.install();
    await page.goto("/richieste");
    await expect(page.locator("html[data-idle-watch=on]")).toHaveCount(1);
    await page.clock.runFor("28:30");
    const warning = page.getByTestId("idle-warning");
    await expect(warning).toBeVisible();
    await expect(page.getByRole("button", { name: "Resta collegato" })).toBeFocused();
    await expectNoA11yViolations(page);
    await page.clock.runFor("02:00");
    await expect(page).toHaveURL(/\/login\?motivo=inattivita$/);
    await expect(page.getByTestId("login-reason")).toContainText("inattività");
    // The session is closed on the server too: the staff pages need a new login.
    await page.goto("/scrivania");
    await expect(page).toHaveURL(/\/login/);
  });
});
