import PDFDocument from "pdfkit";
import type { PersonDataExport } from "@/lib/data/subject-export";
import { AREA_LABELS } from "@/lib/domain/areas";
import { CASE_STATUS_LABELS } from "@/lib/domain/case-file";
import { formatDate, formatDateTime, formatEuro } from "@/lib/domain/format";
import { STATUS_LABELS } from "@/lib/domain/request-workflow";
import { t } from "@/lib/i18n";

const m = t.subject;

/** The data-subject export as a printable PDF (A4, the standard Helvetica fonts). */
export function subjectReportPdf(data: PersonDataExport, ente: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: m.title, Author: ente } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );

  const heading = (text: string) =>
    doc
      .moveDown(0.8)
      .font("Helvetica-Bold")
      .fontSize(13)
      .fillColor("#003366")
      .text(text)
      .moveDown(0.3);
  const line = (label: string, value: string | null | undefined) =>
    doc
      .font("Helvetica-Bold")
      .fontSize(10)
      .fillColor("black")
      .text(`${label}: `, { continued: true })
      .font("Helvetica")
      .text(value || "—");
  const para = (text: string) => doc.font("Helvetica").fontSize(10).fillColor("black").text(text);

  doc.font("Helvetica-Bold").fontSize(18).fillColor("#003366").text(m.title);
  doc.font("Helvetica").fontSize(10).fillColor("#5c6f82").text(m.subtitle(ente));
  doc.text(m.generated(formatDateTime(data.generatoIl)));

  const p = data.persona;
  heading(m.sections.person);
  line(m.fields.codiceFiscale, p.codiceFiscale);
  line(m.fields.cognome, p.cognome);
  line(m.fields.nome, p.nome);
  line(m.fields.sesso, p.sesso);
  line(m.fields.dataNascita, formatDate(p.dataNascita));
  line(m.fields.luogoNascita, p.luogoNascita);
  line(m.fields.cittadinanza, p.cittadinanza);
  line(m.fields.comune, p.comune);
  line(m.fields.indirizzo, p.indirizzo);
  line(m.fields.telefono, p.telefono);
  line(m.fields.email, p.email);
  line(m.fields.registrataIl, formatDate(p.registrataIl));

  heading(m.sections.isee);
  if (data.isee.length === 0) para(m.none);
  for (const i of data.isee) {
    para(
      `ISEE ${i.tipo}: ${formatEuro(i.valore)} · DSU ${i.protocolloDsu} · ${formatDate(i.dataPresentazione)} – ${formatDate(i.scadenza)}`,
    );
  }

  heading(m.sections.cases);
  if (data.cartelle.length === 0) para(m.none);
  for (const c of data.cartelle) {
    doc
      .moveDown(0.3)
      .font("Helvetica-Bold")
      .fontSize(10)
      .text(
        `${AREA_LABELS[c.area]} · ${c.comune} · ${CASE_STATUS_LABELS[c.stato]} · ${formatDate(c.apertaIl)}${c.chiusaIl ? ` – ${formatDate(c.chiusaIl)}` : ""}`,
      );
    if (c.motivoChiusura) para(c.motivoChiusura);
    for (const e of c.storia)
      para(`  ${formatDateTime(e.il)} · ${e.evento}${e.motivo ? ` · ${e.motivo}` : ""}`);
    for (const v of c.valutazioni)
      para(
        `  ${m.caseFile.assessment(v.tipo.toUpperCase(), formatDate(v.data))}${v.sintesi ? ` · ${v.sintesi}` : ""}`,
      );
    for (const p of c.progetti) {
      para(`  ${m.caseFile.plan(p.titolo, formatDate(p.dataInizio))}`);
      for (const o of p.obiettivi) para(`    – ${o.descrizione} (${o.esito})`);
      for (const r of p.verifiche) para(`    ${formatDate(r.data)} · ${r.esito}`);
    }
    for (const d of c.diario)
      para(
        `  ${formatDateTime(d.avvenutoIl)} · ${d.tipo}${d.riservato ? ` · ${m.caseFile.reserved}` : ""} · ${d.testo}`,
      );
    for (const a of c.appuntamenti)
      para(
        `  ${formatDateTime(a.inizio)} · ${a.tipo} · ${a.stato}${a.luogo ? ` · ${a.luogo}` : ""}`,
      );
  }

  heading(m.sections.household);
  if (data.legami.length === 0) para(m.none);
  for (const l of data.legami)
    para(
      `${l.tipo} · ${l.relazione} · ${l.cognome ? `${l.cognome} ${l.nome}` : (l.nomeContatto ?? "—")}${l.contatto ? ` · ${l.contatto}` : ""}`,
    );

  heading(m.sections.documents);
  if (data.documenti.length === 0) para(m.none);
  for (const d of data.documenti)
    para(`${formatDateTime(d.caricatoIl)} · ${d.titolo} · ${d.nomeFile} (${d.tipoMime})`);

  heading(m.sections.transfers);
  if (data.trasferimenti.length === 0) para(m.none);
  for (const x of data.trasferimenti)
    para(`${formatDate(x.richiestoIl)} · ${x.da} → ${x.a} · ${x.stato} · ${x.motivo}`);

  heading(m.sections.requests);
  if (data.richieste.length === 0) para(m.none);
  for (const r of data.richieste) {
    doc
      .moveDown(0.3)
      .font("Helvetica-Bold")
      .fontSize(10)
      .text(`${r.protocollo ?? "—"} · ${r.misura} · ${STATUS_LABELS[r.stato]}`);
    para(`${formatEuro(r.importoMensile)} × ${r.mesi ?? "—"} · ${r.motivazione}`);
    if (r.esitoMotivazione) para(r.esitoMotivazione);
    for (const e of r.storia)
      para(
        `  ${formatDateTime(e.at)} · ${e.azione} → ${STATUS_LABELS[e.aStato]}${e.nota ? ` · ${e.nota}` : ""}`,
      );
  }

  heading(m.sections.accesses);
  if (data.accessi.length === 0) para(m.none);
  for (const a of data.accessi)
    para(`${formatDateTime(a.at)} · ${a.utente ?? "—"} · ${a.azione} · ${a.entita}`);

  doc.end();
  return done;
}
