import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { expectProblem } from "./support/api";
import { expect, test } from "./support/fixtures";
import { registerPerson } from "./support/people";

const label = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
const shot = (page: Page, name: string) =>
  process.env.E2E_SHOTS
    ? page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true })
    : Promise.resolve();

async function tabUntilFocused(page: Page, target: Locator) {
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  await expect(target).toBeFocused();
}

/** A tiny but valid one-page PDF. */
function tinyPdf(): Buffer {
  return Buffer.from(
    [
      "%PDF-1.4",
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
      `% ${Math.random()}`,
      "trailer << /Root 1 0 R >>",
      "%%EOF",
      "",
    ].join("\n"),
    "latin1",
  );
}

/** A new person of Pavia with a cartella opened by the worker; returns both ids. */
async function personWithCase(page: Page) {
  const personId = await registerPerson(page);
  const res = await page.request.post(`/api/v1/persons/${personId}/cases`, {
    data: { area: "anziani" },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id: caseId } = (await res.json()) as { id: string };
  return { personId, caseId };
}

test.describe("diario sociale e documenti della cartella", () => {
  test("una voce riservata resta all'équipe; un documento si carica, si scarica e lo scaricamento è registrato", async ({
    loginAs,
  }) => {
    test.setTimeout(240_000);
    const worker = await loginAs("asPavia");
    const { personId, caseId } = await personWithCase(worker);

    // The diary, with the keyboard only: open the form, fill it, mark it riservato, save.
    await worker.goto(`/cartelle/${caseId}/diario`);
    await expect(worker.getByRole("heading", { name: "Diario sociale" })).toBeVisible();
    await expect(worker.getByText("Nessuna voce nel diario.")).toBeVisible();
    await expectNoA11yViolations(worker);
    const summary = worker.getByText("Nuova voce", { exact: true });
    await summary.focus();
    await worker.keyboard.press("Enter");
    const tipo = worker.getByLabel(label("Tipo"));
    await expect(tipo).toBeVisible();
    await worker.keyboard.press("Tab");
    await expect(tipo).toBeFocused();
    await tipo.selectOption({ label: "Colloquio" });
    await worker.keyboard.press("Tab");
    await expect(worker.getByLabel(label("Data e ora"))).toBeFocused();
    // Chromium moves through day, month, year, hour and minute of the field with Tab.
    const testo = worker.getByLabel(label("Testo"));
    await tabUntilFocused(worker, testo);
    await worker.keyboard.type("Colloquio riservato sulla situazione familiare.");
    await worker.keyboard.press("Tab");
    const riservato = worker.getByLabel("Voce riservata");
    await expect(riservato).toBeFocused();
    await expect(riservato).toHaveAccessibleDescription(/solo l'autore e l'équipe/);
    await worker.keyboard.press("Space");
    await expect(riservato).toBeChecked();
    await worker.keyboard.press("Tab");
    await expect(worker.getByRole("button", { name: "Aggiungi al diario" })).toBeFocused();
    await worker.keyboard.press("Enter");
    await expect(worker.getByTestId("diary-saved")).toBeVisible();
    const entry = worker.getByTestId("diary-entry");
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("Colloquio riservato sulla situazione familiare.");
    await expect(entry.getByTestId("riservato-badge")).toHaveText("Riservata");
    await expectNoA11yViolations(worker);

    // Edited in place: the earlier text stays among the versions.
    await entry.getByRole("button", { name: "Modifica" }).click();
    await entry
      .getByLabel(label("Testo"))
      .fill("Colloquio riservato: situazione familiare complessa.");
    await entry.getByRole("button", { name: "Salva la modifica" }).click();
    await expect(entry).toContainText("Colloquio riservato: situazione familiare complessa.");
    await expect(entry).toContainText("Modificata il");
    await entry.getByText("Versione precedente").click();
    await expect(entry).toContainText("Colloquio riservato sulla situazione familiare.");
    await expectNoA11yViolations(worker);
    await shot(worker, "diario");

    // The comune administrator and the worker of another comune cannot open the diary.
    const comune = await loginAs("comunePavia");
    expect((await comune.goto(`/cartelle/${caseId}/diario`))?.status()).toBe(404);
    await expect(comune.getByText("Colloquio riservato")).toHaveCount(0);
    await expectProblem(await comune.request.get(`/api/v1/cases/${caseId}/diary`), 403);
    const cava = await loginAs("asCavaManara");
    expect((await cava.goto(`/cartelle/${caseId}/diario`))?.status()).toBe(404);
    await expectProblem(await cava.request.get(`/api/v1/cases/${caseId}/diary`), 404);

    // The coordinator reads the diary but not the riservato entry (not on the équipe).
    const coordinator = await loginAs("coordinatore");
    await coordinator.goto(`/cartelle/${caseId}/diario`);
    await expect(coordinator.getByRole("heading", { name: "Diario sociale" })).toBeVisible();
    await expect(coordinator.getByText("Nessuna voce nel diario.")).toBeVisible();
    await expect(coordinator.getByText("Nuova voce")).toHaveCount(0);

    // Documents: a wrong type is refused with a clear error, a PDF goes through.
    await worker.goto(`/cartelle/${caseId}/documenti`);
    await expect(worker.getByRole("heading", { name: "Documenti" })).toBeVisible();
    await expectNoA11yViolations(worker);
    await worker.getByLabel(label("Titolo")).fill("Relazione sociale");
    const file = worker.getByLabel(label("File"));
    await file.setInputFiles({
      name: "relazione.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("Non sono un PDF."),
    });
    await worker.getByRole("button", { name: "Carica" }).click();
    await expect(worker.getByTestId("upload-error")).toContainText("Sono ammessi solo PDF");
    await expect(file).toHaveAttribute("aria-invalid", "true");
    await expectNoA11yViolations(worker);
    const pdf = tinyPdf();
    await file.setInputFiles({
      name: "Relazione sociale è.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await worker.getByRole("button", { name: "Carica" }).click();
    await expect(worker.getByTestId("upload-saved")).toContainText("Relazione sociale è.pdf");
    const link = worker.getByRole("link", { name: "Relazione sociale è.pdf (scarica)" });
    await expect(link).toBeVisible();
    await expectNoA11yViolations(worker);
    await shot(worker, "documenti");
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/api\/v1\/documents\/[0-9a-f-]{36}$/);

    const download = worker.waitForEvent("download");
    await link.click();
    const saved = await (await download).path();
    expect(Buffer.compare(await readFile(saved), pdf)).toBe(0);
    const res = await worker.request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-disposition"]).toContain(
      "filename*=UTF-8''Relazione%20sociale%20%C3%A8.pdf",
    );
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["cache-control"]).toContain("no-store");

    // Another comune's worker and the comune administrator cannot download it.
    await expectProblem(await cava.request.get(href), 404);
    await expectProblem(await comune.request.get(href), 403);
    expect((await comune.goto(`/cartelle/${caseId}/documenti`))?.status()).toBe(404);

    // The coordinator downloads it too, and sees the downloads in the person's access log.
    expect((await coordinator.request.get(href)).status()).toBe(200);
    await coordinator.goto(`/persone/${personId}/accessi`);
    const log = coordinator.getByTestId("access-log");
    await expect(
      log
        .getByRole("row")
        .filter({ hasText: "Chiara Valli" })
        .filter({ hasText: "Scaricamento di un documento" }),
    ).toHaveCount(2);
    await expect(
      log
        .getByRole("row")
        .filter({ hasText: "Laura Bellini" })
        .filter({ hasText: "Scaricamento di un documento" }),
    ).toHaveCount(1);
    await expect(
      log
        .getByRole("row")
        .filter({ hasText: "Stefano Arrigoni" })
        .filter({ hasText: "Diario sociale" }),
    ).toHaveCount(0);
    await expect(
      log
        .getByRole("row")
        .filter({ hasText: "Chiara Valli" })
        .filter({ hasText: "Diario sociale" }),
    ).not.toHaveCount(0);
  });

  test("l'API rifiuta un file troppo grande (413) e di tipo sbagliato (415)", async ({
    loginAs,
  }) => {
    const worker = await loginAs("asPavia");
    const { personId } = await personWithCase(worker);
    const post = (name: string, buffer: Buffer) =>
      worker.request.post(`/api/v1/persons/${personId}/documents`, {
        multipart: { titolo: "Prova", file: { name, mimeType: "application/pdf", buffer } },
      });
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    tinyPdf().copy(big);
    const tooBig = await expectProblem(await post("grande.pdf", big), 413);
    expect(tooBig.detail).toContain("10 MB");
    await expectProblem(await post("zip.pdf", Buffer.from("PK\u0003\u0004 non un pdf")), 415);
    await expectProblem(
      await worker.request.post(`/api/v1/persons/${personId}/documents`, {
        multipart: {
          titolo: " ",
          file: { name: "a.pdf", mimeType: "application/pdf", buffer: tinyPdf() },
        },
      }),
      422,
    );
    const list = await worker.request.get(`/api/v1/persons/${personId}/documents`);
    expect(((await list.json()) as { documents: unknown[] }).documents).toEqual([]);
  });
});
