import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation,
 * listing each rule id with the offending elements.
 */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const where = new URL(page.url()).pathname;
  await test.step(`accessibilità (axe) di ${where}`, async () => {
    await page.waitForLoadState("domcontentloaded");
    // Next streams the metadata of dynamic pages: the <title> may arrive after the body.
    await expect(page, "la pagina ha un titolo").toHaveTitle(/\S/);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const blocking = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        // A target is a list of selectors, one per frame or shadow root on the way.
        targets: v.nodes.map((n) =>
          n.target.map((t) => (Array.isArray(t) ? t.join(" >>> ") : t)).join(" | "),
        ),
      }));
    expect(
      blocking.map((v) => v.id),
      `axe: violazioni gravi su ${page.url()}:\n${JSON.stringify(blocking, null, 2)}`,
    ).toEqual([]);
  });
}
