import { expectNoA11yViolations } from "./support/a11y";
import { USERS } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { personWithRequest, requestStatus } from "./support/requests";

test.describe("erogazione e liquidazioni", () => {
  test("il coordinatore avvia l'erogazione e registra una liquidazione, una volta sola", async ({
    loginAs,
  }) => {
    // Two users, one of them with an authenticator code to wait for, and axe on every step.
    test.setTimeout(150_000);
    const worker = await loginAs("asPavia");
    // A measure without a bando: amount and months are the worker's.
    const filed = await personWithRequest(worker, {
      misura: "Buono B2 assistente personale",
      importoMensile: "100",
      mesi: "3",
    });
    await expect(worker.getByTestId("instalments")).toHaveCount(0);

    const coord = await loginAs("coordinatore");
    await coord.goto(`/richieste/${filed.id}`);
    await coord.getByLabel(/^Motivazione/).fill("Requisiti verificati, valutazione favorevole.");
    await coord.getByRole("button", { name: "Approva" }).click();
    await expect(requestStatus(coord)).toHaveText("Approvata");
    await coord.getByRole("button", { name: "Avvia erogazione" }).click();
    await expect(requestStatus(coord)).toHaveText("In erogazione");

    // Three monthly instalments from this month, all to be paid.
    const rows = coord.getByTestId("instalments").locator("tbody tr");
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toHaveAttribute("data-paid", "false");
    const totals = coord.getByTestId("instalment-totals");
    await expect(totals).toContainText("300,00");
    await expectNoA11yViolations(coord);

    // The reference of the payment order is required, and the error is tied to the field.
    const pay1 = coord.getByRole("button", { name: /^Registra liquidazione della rata 1\b/ });
    const ref1 = coord.getByTestId("payment-reference-1");
    await pay1.click();
    await expect(ref1).toHaveAttribute("aria-invalid", "true");
    await expect(ref1).toHaveAccessibleDescription(/riferimento/i);
    await expectNoA11yViolations(coord);

    // With the keyboard: type the reference and press Enter.
    await ref1.focus();
    await coord.keyboard.type("Mandato 2026/0042");
    await coord.keyboard.press("Enter");
    const first = coord.getByTestId("instalment-1");
    await expect(first).toHaveAttribute("data-paid", "true");
    await expect(first).toContainText("Mandato 2026/0042");
    await expect(first).toContainText(USERS.coordinatore.nome);
    await expect(coord.getByTestId("payment-reference-1")).toHaveCount(0);
    await expect(totals).toContainText("200,00");
    await expectNoA11yViolations(coord);

    // The social worker sees the schedule and the payment, with no form to pay.
    await worker.goto(`/richieste/${filed.id}`);
    await expect(worker.getByTestId("instalment-1")).toContainText("Mandato 2026/0042");
    await expect(worker.getByTestId("payment-reference-2")).toHaveCount(0);
    await expectNoA11yViolations(worker);

    // The API: the worker reads but may not pay; an instalment is paid once.
    const list = await (
      await worker.request.get(`/api/v1/requests/${filed.id}/instalments`)
    ).json();
    expect(list.totals).toEqual({ scheduled: "300.00", paid: "100.00", remaining: "200.00" });
    const second = list.rows[1].id as string;
    const url = `/api/v1/requests/${filed.id}/instalments/${second}/payment`;
    expect((await worker.request.post(url, { data: { riferimento: "M-1" } })).status()).toBe(403);
    const bad = await coord.request.post(url, { data: { riferimento: "" } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).errors).toHaveProperty("riferimento");
    expect((await coord.request.post(url, { data: { riferimento: "M-2" } })).status()).toBe(200);
    const again = await coord.request.post(url, { data: { riferimento: "M-3" } });
    expect(again.status()).toBe(409);
    expect(again.headers()["content-type"]).toContain("application/problem+json");
    const after = await (
      await coord.request.get(`/api/v1/requests/${filed.id}/instalments`)
    ).json();
    expect(after.totals.paid).toBe("200.00");
    expect(after.rows[1].riferimento).toBe("M-2");
  });
});
