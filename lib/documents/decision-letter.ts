import { createHash } from "node:crypto";
import PDFDocument from "pdfkit";
import { DOCUMENT_KIND_LABELS, type DocumentKind } from "@/lib/domain/decision-documents";
import { formatDate } from "@/lib/domain/format";
import { t } from "@/lib/i18n";

const m = t.documents.letter;

export type LetterHeader = {
  /** The body that issues the letter (the ente of the ambito). */
  ente: string;
  /** The ambito's name. */
  ambito: string;
  /** The date the document is issued on. */
  data: Date;
  /** The request's protocol number, as "2026/000123". */
  protocollo: string;
};

export type LetterInput = {
  kind: DocumentKind;
  oggetto: string;
  paragraphs: string[];
  header: LetterHeader;
};

export type DecisionLetter = { html: string; pdf: Buffer; sha256: string };

const BLUE = "#003366";
const GREY = "#5c6f82";

/** The letter as printable HTML and as PDF; the hash is the PDF's, kept to show it unchanged. */
export async function buildDecisionLetter(input: LetterInput): Promise<DecisionLetter> {
  const pdf = await decisionLetterPdf(input);
  return {
    html: decisionLetterHtml(input),
    pdf,
    sha256: createHash("sha256").update(pdf).digest("hex"),
  };
}

/** The title names the kind and the protocol only: it shows in tabs and history, so no names. */
export function letterTitle(kind: DocumentKind, protocollo: string): string {
  return m.title(DOCUMENT_KIND_LABELS[kind], protocollo);
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Every value, template text included, goes through here: the letter is text, never markup. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const STYLE = `
@page { size: A4; margin: 2cm; }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: #eef0f2; color: #1a1a1a; font: 11pt/1.55 "Helvetica Neue", Helvetica, Arial, sans-serif; }
main { max-width: 21cm; margin: 2rem auto; padding: 2cm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
.intestazione { border-bottom: 2px solid ${BLUE}; padding-bottom: .5rem; margin-bottom: 1.5rem; }
.ente { margin: 0; color: ${BLUE}; font-size: 15pt; font-weight: bold; }
.ufficio { margin: 0; color: ${GREY}; }
.estremi { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1.5rem; }
.estremi dt { font-weight: bold; }
.estremi dd { margin: 0; }
h1 { color: ${BLUE}; font-size: 14pt; margin: 0 0 .75rem; }
.oggetto { font-weight: bold; margin: 0 0 1.25rem; }
.testo p { margin: 0 0 .8rem; text-align: justify; white-space: pre-wrap; overflow-wrap: anywhere; }
.firma { margin: 2.5rem 0 0 auto; width: 45%; text-align: center; }
.firma .linea { border-bottom: 1px solid #1a1a1a; height: 3rem; }
@media print {
  body { background: none; }
  main { margin: 0; padding: 0; max-width: none; box-shadow: none; }
}
`.trim();

export function decisionLetterHtml({ kind, oggetto, paragraphs, header }: LetterInput): string {
  const e = escapeHtml;
  const body = paragraphs.map((p) => `      <p>${e(p)}</p>`).join("\n");
  return `<!doctype html>
<html lang="it">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <title>${e(letterTitle(kind, header.protocollo))}</title>
  <style>${STYLE}</style>
</head>
<body>
  <main>
    <header class="intestazione">
      <p class="ente">${e(header.ente)}</p>
      <p class="ufficio">${e(m.office(header.ambito))}</p>
    </header>
    <dl class="estremi">
      <dt>${e(m.protocol)}</dt><dd>${e(header.protocollo)}</dd>
      <dt>${e(m.date)}</dt><dd>${e(formatDate(header.data))}</dd>
    </dl>
    <h1>${e(DOCUMENT_KIND_LABELS[kind])}</h1>
    <p class="oggetto">${e(m.subject)}: ${e(oggetto)}</p>
    <div class="testo">
${body}
    </div>
    <div class="firma">
      <p>${e(m.signature)}</p>
      <div class="linea"></div>
    </div>
  </main>
</body>
</html>
`;
}

/**
 * The Content Security Policy the printable HTML is served with: nothing may load or run,
 * and only the document's own inline stylesheet (by its hash) applies.
 */
export function printableHtmlCsp(html: string): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (s) =>
      `'sha256-${createHash("sha256")
        .update(s[1] ?? "")
        .digest("base64")}'`,
  );
  return [
    "default-src 'none'",
    `style-src ${hashes.join(" ") || "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A4 with the standard Helvetica fonts; the creation date is the letter's, so equal input gives equal bytes. */
export function decisionLetterPdf({
  kind,
  oggetto,
  paragraphs,
  header,
}: LetterInput): Promise<Buffer> {
  const title = letterTitle(kind, header.protocollo);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 60, bottom: 60, left: 65, right: 65 },
    lang: "it-IT",
    displayTitle: true,
    info: {
      Title: title,
      Author: header.ente,
      Subject: `${m.protocol} ${header.protocollo}`,
      CreationDate: header.data,
      ModDate: header.data,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  doc.font("Helvetica-Bold").fontSize(15).fillColor(BLUE).text(header.ente);
  doc.font("Helvetica").fontSize(10).fillColor(GREY).text(m.office(header.ambito));
  doc
    .moveDown(0.4)
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(1.5)
    .strokeColor(BLUE)
    .stroke()
    .moveDown(1);

  const field = (label: string, value: string) =>
    doc
      .font("Helvetica-Bold")
      .fontSize(10)
      .fillColor("black")
      .text(`${label}: `, { continued: true })
      .font("Helvetica")
      .text(value);
  field(m.protocol, header.protocollo);
  field(m.date, formatDate(header.data));

  doc
    .moveDown(1.2)
    .font("Helvetica-Bold")
    .fontSize(13)
    .fillColor(BLUE)
    .text(DOCUMENT_KIND_LABELS[kind]);
  doc
    .moveDown(0.5)
    .font("Helvetica-Bold")
    .fontSize(11)
    .fillColor("black")
    .text(`${m.subject}: ${oggetto}`)
    .moveDown(0.8);

  for (const p of paragraphs) {
    doc.font("Helvetica").fontSize(11).fillColor("black").text(p, { align: "justify" });
    doc.moveDown(0.6);
  }

  // The signature block on the right half; a new page if it would not fit.
  if (doc.y > doc.page.height - doc.page.margins.bottom - 90) doc.addPage();
  const blockX = left + width / 2;
  const blockWidth = width / 2;
  doc
    .moveDown(2)
    .font("Helvetica")
    .fontSize(11)
    .text(m.signature, blockX, doc.y, { width: blockWidth, align: "center" });
  const lineY = doc.y + 40;
  doc
    .moveTo(blockX + 10, lineY)
    .lineTo(blockX + blockWidth - 10, lineY)
    .lineWidth(0.75)
    .strokeColor("black")
    .stroke();

  doc.end();
  return done;
}
