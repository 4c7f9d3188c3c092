import { expectNoA11yViolations } from "./support/a11y";
import { expectProblem, postTransition } from "./support/api";
import { expect, test } from "./support/fixtures";
import { columnCells, historyItems, personWithRequest, requestStatus } from "./support/requests";

const ACTION_BUTTONS =
  /^(Avvia istruttoria|Approva|Respingi|Richiedi integrazione|Preavviso di rigetto|Metti in lista d'attesa|Registra rinuncia)$/;

test("l'amministratore comunale vede solo il suo comune e non può agire", async ({ loginAs }) => {
  const worker = await loginAs("asPavia");
  const filed = await personWithRequest(worker);

  // The desk: counts of the comune's requests (login lands here and checks axe).
  const viewer = await loginAs("comunePavia");
  await expect(viewer.getByTestId("count-total")).toHaveText(/^\d+$/);
  expect(Number(await viewer.getByTestId("count-total").textContent())).toBeGreaterThan(0);
  await expect(viewer.getByTestId("count-pending")).toHaveText(/^\d+$/);
  await expect(viewer.getByTestId("status-counts").locator("tbody tr")).not.toHaveCount(0);

  // The list: only Pavia.
  await viewer.goto("/richieste");
  const table = viewer.getByTestId("requests-table");
  await expect(table.locator("tbody tr")).not.toHaveCount(0);
  const comuni = await (await columnCells(table, "Comune")).allInnerTexts();
  expect(comuni.length).toBeGreaterThan(0);
  expect(new Set(comuni.map((c) => c.trim()))).toEqual(new Set(["Pavia"]));
  await expectNoA11yViolations(viewer);

  await viewer.getByLabel("Stato").selectOption({ label: "Presentata" });
  await viewer.getByRole("button", { name: "Filtra" }).click();
  await expect(viewer).toHaveURL(/[?&]stato=presentata\b/);
  const link = table.getByRole("link", { name: filed.protocollo, exact: true });
  await expect(link).toBeVisible();
  const filtered = await (await columnCells(table, "Comune")).allInnerTexts();
  expect(new Set(filtered.map((c) => c.trim()))).toEqual(new Set(["Pavia"]));
  await expectNoA11yViolations(viewer);

  // The request: readable, no actions.
  await link.click();
  await expect(viewer).toHaveURL(new RegExp(`/richieste/${filed.id}$`));
  await expect(requestStatus(viewer)).toHaveText("Presentata");
  await expect(viewer.getByText("Nessuna azione disponibile")).toBeVisible();
  await expect(viewer.getByRole("button", { name: ACTION_BUTTONS })).toHaveCount(0);
  await expect(viewer.getByLabel(/^Motivazione/)).toHaveCount(0);
  await expectNoA11yViolations(viewer);

  // The API refuses the transition as well, with a problem document.
  const res = await postTransition(viewer, filed.id, { action: "avvia_istruttoria" });
  await expectProblem(res, 403);

  // Nothing changed.
  await viewer.reload();
  await expect(requestStatus(viewer)).toHaveText("Presentata");
  await expect(historyItems(viewer)).toHaveCount(1);
  await worker.goto(`/richieste/${filed.id}`);
  await expect(requestStatus(worker)).toHaveText("Presentata");
  await expect(historyItems(worker)).toHaveCount(1);
  await expectNoA11yViolations(worker);

  // Control: the same call by the coordinator goes through, so the 403 was the role's.
  const coord = await loginAs("coordinatore");
  const ok = await postTransition(coord, filed.id, { action: "avvia_istruttoria" });
  expect(ok.status(), await ok.text()).toBeLessThan(300);
  await viewer.reload();
  await expect(requestStatus(viewer)).toHaveText("In istruttoria");
  await expect(historyItems(viewer)).toHaveCount(2);
});
