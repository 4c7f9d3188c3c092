import { execFile } from "node:child_process";
import { createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { SignJWT } from "jose";
import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";

const run = promisify(execFile);

const demoVoucher = () =>
  new SignJWT({ purposeId: "e2e" })
    .setProtectedHeader({ alg: "RS256" })
    .setIssuedAt()
    .setAudience("zona-waas-demo")
    .setExpirationTime("5m")
    .sign(
      createPrivateKey(readFileSync(path.join("db", "data", "siuss-demo", "private.pem"), "utf8")),
    );

test.describe("SIUSS", () => {
  test("il coordinatore vede i flussi, i dati mancanti e scarica l'XML di un periodo", async ({
    loginAs,
  }) => {
    const page = await loginAs("coordinatore");
    await page.getByRole("link", { name: "SIUSS", exact: true }).click();
    await expect(page).toHaveURL(/\/siuss$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Flussi SIUSS verso INPS" }),
    ).toBeVisible();
    const rows = page.getByTestId("siuss-flusso");
    await expect(rows.first()).toBeVisible();
    await expect(rows.first()).toContainText(/G388\.PS\.\d{8}\.\d{7}/);
    await expect(page.getByTestId("siuss-counts")).toContainText("In attesa di esito");
    await expectNoA11yViolations(page);
    if (process.env.E2E_SHOTS)
      await page.screenshot({ path: `${process.env.E2E_SHOTS}/siuss.png`, fullPage: true });

    const year = new Date().getFullYear();
    const form = page.getByTestId("siuss-export");
    await form.getByLabel("Dal").fill(`${year}-01-01`);
    const download = page.waitForEvent("download");
    await form.getByRole("button", { name: "Scarica XML" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^G388\.PS\..+\.xml$/);
    const xml = readFileSync(await file.path(), "utf8");
    expect(xml).toContain('<Flusso xmlns="http://inps.it/Casellario">');
    expect(xml.match(/<Beneficiario /g)?.length ?? 0).toBeGreaterThan(1);
  });

  test("l'API WaaS risponde a INPS con il voucher e rifiuta chi non lo ha", async ({ request }) => {
    const denied = await request.get("/waas/v1/flussi?since=0");
    expect(denied.status()).toBe(401);
    expect(denied.headers()["content-type"]).toContain("application/problem+json");
    const token = await demoVoucher();
    const res = await request.get("/waas/v1/flussi?since=0&limit=3", {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as {
      elenco_flussi: { id_flusso: string; codice_ente: string }[];
    };
    expect(body.elenco_flussi).toHaveLength(3);
    expect(body.elenco_flussi[0]?.codice_ente).toBe("G388");
    const status = await request.get("/waas/v1/status", {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(status.status()).toBe(200);
  });

  test("npm run siuss:pull preleva dalla demo ogni flusso, e ognuno è valido", async ({
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const { stdout } = await run(
      "npx",
      ["tsx", "scripts/siuss-pull.ts", "--url", `${baseURL}/waas/v1`],
      {
        env: { ...process.env, NODE_ENV: "test" },
        timeout: 150_000,
      },
    );
    const summary = stdout.match(/(\d+) flussi prelevati: (\d+) validi, (\d+) non validi/);
    expect(summary, stdout).not.toBeNull();
    const [, pulled, valid, invalid] = summary ?? [];
    expect(Number(pulled)).toBeGreaterThan(0);
    expect(valid).toBe(pulled);
    expect(invalid).toBe("0");
  });
});
