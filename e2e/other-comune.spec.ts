import { expectNoA11yViolations } from "./support/a11y";
import { expectProblem, postTransition } from "./support/api";
import { expect, test } from "./support/fixtures";
import { historyItems, personWithRequest, requestStatus } from "./support/requests";

test("un'assistente sociale di un altro comune non vede né tocca il caso", async ({ loginAs }) => {
  const owner = await loginAs("asPavia");
  const filed = await personWithRequest(owner);

  // Control: the owner reads both records through the API.
  const ownRequest = await owner.request.get(`/api/v1/requests/${filed.id}`);
  expect(ownRequest.status(), await ownRequest.text()).toBe(200);
  expect(await ownRequest.text()).toContain(filed.id);
  const ownPerson = await owner.request.get(`/api/v1/persons/${filed.personId}`);
  expect(ownPerson.status(), await ownPerson.text()).toBe(200);
  expect(await ownPerson.text()).toContain(filed.person.codiceFiscale);

  const other = await loginAs("asCavaManara");

  // Pages: "not found", never "forbidden", and nothing of the person leaks.
  for (const path of [
    `/richieste/${filed.id}`,
    `/persone/${filed.personId}`,
    `/richieste/nuova?persona=${filed.personId}`,
  ]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(other.getByTestId("not-found")).toBeVisible();
    await expect(other.getByText(filed.person.cognome)).toHaveCount(0);
    await expect(other.getByText(filed.protocollo)).toHaveCount(0);
    await expectNoA11yViolations(other);
  }

  // Nor is the request in the list.
  await other.goto("/richieste");
  await expect(other.getByTestId("requests-table")).toBeVisible();
  await expect(other.getByText(filed.protocollo)).toHaveCount(0);
  await expectNoA11yViolations(other);

  // API: 404 problem documents for reads and for a transition its role could otherwise make.
  await expectProblem(await other.request.get(`/api/v1/requests/${filed.id}`), 404);
  await expectProblem(await other.request.get(`/api/v1/persons/${filed.personId}`), 404);
  const body = await expectProblem(
    await postTransition(other, filed.id, {
      action: "rinuncia",
      nota: "Rinuncia dell'interessato.",
    }),
    404,
  );
  expect(JSON.stringify(body)).not.toContain(filed.person.cognome);

  // The owner's request is unchanged.
  await owner.goto(`/richieste/${filed.id}`);
  await expect(requestStatus(owner)).toHaveText("Presentata");
  await expect(historyItems(owner)).toHaveCount(1);
  await expectNoA11yViolations(owner);
});
