import { describe, expect, it } from "vitest";
import {
  buildDecisionLetter,
  decisionLetterHtml,
  escapeHtml,
  type LetterInput,
  printableHtmlCsp,
} from "./decision-letter";

const input: LetterInput = {
  kind: "approvazione",
  oggetto: "Concessione di Buono caregiver — domanda prot. 2026/000123",
  paragraphs: [
    "Gentile <script>alert('x')</script> Rossi & figli,",
    'si comunica che la domanda è stata "ACCOLTA".',
  ],
  header: {
    ente: "Consorzio Sociale Pavese",
    ambito: "Distretto di <b>Pavia</b>",
    data: new Date("2026-03-15T10:00:00Z"),
    protocollo: "2026/000123",
  },
};

describe("decision letter: HTML", () => {
  const html = decisionLetterHtml(input);

  it("escapes every value: no markup from templates or data", () => {
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>Pavia");
    expect(html).toContain(
      "Gentile &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Rossi &amp; figli,",
    );
    expect(html).toContain("&quot;ACCOLTA&quot;");
    expect(html).toContain("Distretto di &lt;b&gt;Pavia&lt;/b&gt;");
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });

  it("is a complete Italian document with a title free of personal data and a print stylesheet", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="it">');
    expect(html).toMatch(/<title>Provvedimento di concessione · prot\. 2026\/000123<\/title>/);
    expect(html).not.toMatch(/<title>[^<]*Rossi/);
    expect(html).toContain("@media print");
    expect(html).toContain("15/03/2026");
    expect(html).toContain("Il responsabile del procedimento");
    expect(html).not.toMatch(/<script/i);
  });

  it("is served with a CSP that allows its own stylesheet only, by hash", () => {
    const csp = printableHtmlCsp(html);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).not.toContain("unsafe-inline");
  });
});

describe("decision letter: PDF", () => {
  it("is a PDF carrying the protocol, with its sha256", async () => {
    const letter = await buildDecisionLetter(input);
    expect(letter.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(letter.pdf.toString("latin1")).toContain("2026/000123");
    expect(letter.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives the same bytes for the same letter, and other bytes for another", async () => {
    const a = await buildDecisionLetter(input);
    const b = await buildDecisionLetter(input);
    expect(b.sha256).toBe(a.sha256);
    const c = await buildDecisionLetter({ ...input, paragraphs: ["Altro testo."] });
    expect(c.sha256).not.toBe(a.sha256);
  });

  it("takes long letters onto further pages", async () => {
    const long = Array.from(
      { length: 60 },
      (_, i) => `Paragrafo ${i + 1}. ${"Testo. ".repeat(30)}`,
    );
    const letter = await buildDecisionLetter({ ...input, paragraphs: long });
    const pages = letter.pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(2);
  });
});
