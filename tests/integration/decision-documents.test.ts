import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, documentTemplates, requestDocuments, requests } from "@/db/schema";
import {
  getDocumentTemplate,
  listDocumentTemplates,
  previewDocumentTemplate,
  updateDocumentTemplate,
} from "@/lib/data/document-templates";
import { DataError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { createPerson } from "@/lib/data/persons";
import {
  getRequestDocument,
  issueDecisionDocument,
  listRequestDocuments,
} from "@/lib/data/request-documents";
import { createRequest } from "@/lib/data/requests";
import { withActor } from "@/lib/data/scoped";
import { DEFAULT_TEMPLATES, type DocumentKind } from "@/lib/domain/decision-documents";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId, personInput, requestInput } from "../support/fixtures";

describe.each(DRIVERS)("decision documents on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let b2: string;
  const db = () => t.handle.db;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    b2 = await measureId(db());
  });
  afterAll(async () => t?.close());

  /** A request filed by the Pavia worker, with the person's name. */
  async function paviaRequest(over: { cognome?: string } = {}) {
    const input = await personInput(db(), "Pavia", over);
    const person = await createPerson(db(), a.asPavia, input);
    const r = await createRequest(db(), a.asPavia, requestInput(person.id, b2));
    return { ...r, person: input };
  }

  const issue = (requestId: string, kind: DocumentKind, nota: string | null) =>
    withActor(db(), a.coordinatore, (tx) =>
      issueDecisionDocument(tx, a.coordinatore, requestId, kind, nota),
    );

  // Euro amounts are formatted with a no-break space before the sign.
  const plain = (html: string | undefined) => (html ?? "").replace(/\u00a0/g, " ");

  const templateRows = async () =>
    (await db().select({ n: sql<number>`count(*)::int` }).from(documentTemplates))[0]?.n;

  describe("templates", () => {
    it("lists every kind, with the default text until the coordinator changes it", async () => {
      const list = await listDocumentTemplates(db(), a.coordinatore);
      expect(list.map((x) => x.tipo)).toEqual([
        "approvazione",
        "rigetto",
        "preavviso_rigetto",
        "richiesta_integrazione",
      ]);
      const rigetto = await getDocumentTemplate(db(), a.coordinatore, "rigetto");
      expect(rigetto.personalizzato).toBe(false);
      expect(rigetto.corpo).toBe(DEFAULT_TEMPLATES.rigetto.corpo);
    });

    it("lets only the coordinator read or edit them", async () => {
      const input = {
        oggetto: "Rigetto prot. {{protocollo}}",
        corpo: "Testo di prova per {{richiedente}}.",
      };
      for (const who of [a.asPavia, a.comunePavia, a.admin]) {
        await expect(listDocumentTemplates(db(), who)).rejects.toBeInstanceOf(ForbiddenError);
        await expect(getDocumentTemplate(db(), who, "rigetto")).rejects.toBeInstanceOf(
          ForbiddenError,
        );
        await expect(updateDocumentTemplate(db(), who, "rigetto", input)).rejects.toBeInstanceOf(
          ForbiddenError,
        );
      }
      expect(await templateRows()).toBe(0);
    });

    it("refuses unknown placeholders and bad lengths, listing them, and writes nothing", async () => {
      const before = await templateRows();
      const err = await updateDocumentTemplate(db(), a.coordinatore, "approvazione", {
        oggetto: "Concessione {{codice_fiscale}}",
        corpo:
          "Gentile {{nome_utente}}, la domanda {{protocollo}} è accolta. {{iban}} {{nome_utente}}",
      }).catch((e) => e);
      expect(err).toBeInstanceOf(ValidationError);
      const fields = (err as ValidationError).fieldErrors;
      expect(fields.oggetto?.[0]).toContain("{{codice_fiscale}}");
      expect(fields.corpo?.[0]).toContain("{{nome_utente}}, {{iban}}");

      const short = await updateDocumentTemplate(db(), a.coordinatore, "approvazione", {
        oggetto: "ab",
        corpo: "troppo corto",
      }).catch((e) => e);
      expect(Object.keys((short as ValidationError).fieldErrors).sort()).toEqual([
        "corpo",
        "oggetto",
      ]);

      const malformed = await updateDocumentTemplate(db(), a.coordinatore, "approvazione", {
        oggetto: "Concessione {{Protocollo}}",
        corpo: "Testo abbastanza lungo con {{protocollo}.",
      }).catch((e) => e);
      expect(malformed).toBeInstanceOf(ValidationError);
      expect(Object.keys((malformed as ValidationError).fieldErrors).sort()).toEqual([
        "corpo",
        "oggetto",
      ]);

      await expect(
        updateDocumentTemplate(db(), a.coordinatore, "approvazione", {
          oggetto: "Ok ok",
          corpo: "x".repeat(30),
          extra: 1,
        }),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(
        updateDocumentTemplate(db(), a.coordinatore, "sconosciuto", {
          oggetto: "Ok ok",
          corpo: "x".repeat(30),
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await templateRows()).toBe(before);
    });

    it("saves the coordinator's text, once per kind, and logs the change", async () => {
      const first = {
        oggetto: "Preavviso prot. {{protocollo}}",
        corpo: "Entro {{termine_giorni}} giorni può presentare osservazioni.",
      };
      await updateDocumentTemplate(db(), a.coordinatore, "preavviso_rigetto", first);
      const second = { ...first, corpo: `${first.corpo}\n\nSeconda versione.` };
      const saved = await updateDocumentTemplate(db(), a.coordinatore, "preavviso_rigetto", second);
      expect(saved.personalizzato).toBe(true);
      const got = await getDocumentTemplate(db(), a.coordinatore, "preavviso_rigetto");
      expect(got).toMatchObject({
        ...second,
        personalizzato: true,
        aggiornatoDa: a.coordinatore.nome,
      });
      const rows = await db()
        .select({ id: documentTemplates.id })
        .from(documentTemplates)
        .where(eq(documentTemplates.tipo, "preavviso_rigetto"));
      expect(rows).toHaveLength(1);
      const logged = await db()
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(
          and(eq(auditLog.entita, "modello_documento"), eq(auditLog.entitaId, rows[0]?.id ?? "")),
        );
      expect(logged).toHaveLength(2);
    });

    it("previews with invented data, escaping nothing away and saving nothing", async () => {
      const before = await templateRows();
      const preview = await previewDocumentTemplate(
        db(),
        a.coordinatore,
        "richiesta_integrazione",
        {
          oggetto: "Integrazione prot. {{protocollo}}",
          corpo:
            "Gentile {{richiedente}},\n\nservono documenti entro {{termine_giorni}} giorni. <b>ok</b>",
        },
      );
      expect(preview.oggetto).toBe("Integrazione prot. 2026/000123");
      expect(preview.paragraphs).toEqual([
        "Gentile Maria Esempio,",
        "servono documenti entro 30 giorni. <b>ok</b>",
      ]);
      expect(await templateRows()).toBe(before);
      await expect(
        previewDocumentTemplate(db(), a.asPavia, "rigetto", DEFAULT_TEMPLATES.rigetto),
      ).rejects.toBeInstanceOf(ForbiddenError);
    });
    it("under random input either saves a valid text or refuses with a 4xx, writing nothing", async () => {
      const snapshot = async () =>
        db()
          .select({ tipo: documentTemplates.tipo, corpo: documentTemplates.corpo })
          .from(documentTemplates)
          .orderBy(documentTemplates.tipo);
      const text = fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constantFrom("{{protocollo}}", "{{ x }}", "{{", "}}", "{{Nome}}", "<script>"),
      );
      const input = fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.record({
          oggetto: text,
          corpo: fc.array(text, { maxLength: 6 }).map((xs) => xs.join(" ")),
        }),
      );
      await fc.assert(
        fc.asyncProperty(input, fc.constantFrom("rigetto", "nessuno"), async (body, kind) => {
          const before = await snapshot();
          try {
            await updateDocumentTemplate(db(), a.coordinatore, kind, body);
          } catch (e) {
            if (!(e instanceof DataError)) throw e;
            expect([404, 422]).toContain(e.status);
            expect(await snapshot()).toEqual(before);
          }
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 100) },
      );
      // The letters below expect the standard rejection text.
      await updateDocumentTemplate(db(), a.coordinatore, "rigetto", DEFAULT_TEMPLATES.rigetto);
    });
  });

  describe("issued documents", () => {
    it("issues a letter from the default template with the request's data, HTML and PDF", async () => {
      const r = await paviaRequest({ cognome: "Test<script>" });
      const { id } = await issue(r.id, "approvazione", "Requisiti verificati & bisogno elevato.");
      const [doc] = await db().select().from(requestDocuments).where(eq(requestDocuments.id, id));
      if (!doc) throw new Error("document not stored");
      expect(doc.requestId).toBe(r.id);
      expect(doc.tipo).toBe("approvazione");
      expect(doc.creatoDa).toBe(a.coordinatore.id);
      expect(doc.oggetto).toMatch(/^Concessione di .+ — domanda prot\. /);
      expect(doc.oggetto.endsWith(r.protocollo)).toBe(true);
      expect(doc.html).toContain(`${r.person.nome} Test&lt;script&gt;`);
      expect(doc.html).not.toContain("<script>");
      expect(doc.html).toContain("Requisiti verificati &amp; bisogno elevato.");
      expect(doc.html).toContain("«—»"); // no bando
      expect(plain(doc.html)).toContain("100,00 € al mese per 12 mesi");
      expect(plain(doc.html)).toContain("1.200,00 €");
      expect(doc.html).toContain("compartecipazione a carico dell&#39;utente: nessuna");
      expect(doc.html).toContain(`Il responsabile del procedimento: ${a.coordinatore.nome}`);
      expect(doc.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(doc.pdf.toString("latin1")).toContain(r.protocollo);
      expect(doc.sha256).toBe(createHash("sha256").update(doc.pdf).digest("hex"));
    });

    it("uses the ambito's own template, the co-payment and the days to answer", async () => {
      await updateDocumentTemplate(db(), a.coordinatore, "richiesta_integrazione", {
        oggetto: "Documenti per la domanda {{protocollo}}",
        corpo:
          "Servono: {{motivazione}}\n\nEntro {{termine_giorni}} giorni.\n\nQuota: {{compartecipazione}}. Bando: {{bando}}.",
      });
      const r = await paviaRequest();
      await db()
        .update(requests)
        .set({ compartecipazione: { tariff: 7.5, basis: "linear", isee: 9000 } })
        .where(eq(requests.id, r.id));
      const { id } = await issue(r.id, "richiesta_integrazione", "Attestazione ISEE aggiornata.");
      const [doc] = await db()
        .select({ oggetto: requestDocuments.oggetto, html: requestDocuments.html })
        .from(requestDocuments)
        .where(eq(requestDocuments.id, id));
      expect(doc?.oggetto).toBe(`Documenti per la domanda ${r.protocollo}`);
      expect(doc?.html).toContain("Servono: Attestazione ISEE aggiornata.");
      expect(doc?.html).toContain("Entro 30 giorni.");
      expect(plain(doc?.html)).toContain(
        "Quota: 7,50 € per unità di servizio (Tariffa proporzionale all&#39;ISEE; ISEE 9.000,00 €).",
      );
      expect(doc?.html).toContain("Bando: —.");
    });

    it("gives the preavviso 10 days, and a missing reason reads as a dash", async () => {
      const r = await paviaRequest();
      const { id } = await issue(r.id, "preavviso_rigetto", null);
      const [doc] = await db()
        .select({ html: requestDocuments.html })
        .from(requestDocuments)
        .where(eq(requestDocuments.id, id));
      // The template saved above for preavviso_rigetto.
      expect(doc?.html).toContain("Entro 10 giorni può presentare osservazioni.");
    });

    it("does not issue for a request that does not exist", async () => {
      await expect(
        issue("00000000-0000-4000-8000-000000000000", "rigetto", "x"),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(issue("non-un-id", "rigetto", "x")).rejects.toBeInstanceOf(NotFoundError);
    });

    it("lists and serves a request's documents to those who may read the request, and no one else", async () => {
      const r = await paviaRequest();
      const { id } = await issue(r.id, "rigetto", "ISEE oltre la soglia.");
      for (const who of [a.asPavia, a.comunePavia, a.coordinatore]) {
        const list = await listRequestDocuments(db(), who, r.id);
        expect(list).toEqual([
          expect.objectContaining({ id, tipo: "rigetto", etichetta: "Provvedimento di rigetto" }),
        ]);
        expect(list[0]).not.toHaveProperty("pdf");
        expect(list[0]).not.toHaveProperty("html");
      }
      await expect(listRequestDocuments(db(), a.asCava, r.id)).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(listRequestDocuments(db(), a.admin, r.id)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(getRequestDocument(db(), a.asCava, r.id, id, "pdf")).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(getRequestDocument(db(), a.asCava, r.id, id, "html")).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(getRequestDocument(db(), a.admin, r.id, id, "pdf")).rejects.toBeInstanceOf(
        ForbiddenError,
      );

      const pdf = await getRequestDocument(db(), a.asPavia, r.id, id, "pdf");
      const stem = r.protocollo.replace("/", "-");
      expect(pdf.filename).toBe(`provvedimento-rigetto-${stem}.pdf`);
      expect(pdf.contentType).toBe("application/pdf");
      expect(Buffer.isBuffer(pdf.body)).toBe(true);
      expect(createHash("sha256").update(pdf.body).digest("hex")).toBe(pdf.sha256);
      const html = await getRequestDocument(db(), a.asPavia, r.id, id, "html");
      expect(html.filename).toBe(`provvedimento-rigetto-${stem}.html`);
      expect(html.body).toContain("ISEE oltre la soglia.");

      const logged = await db()
        .select({ azione: auditLog.azione, actorId: auditLog.actorId })
        .from(auditLog)
        .where(and(eq(auditLog.entita, "richiesta"), eq(auditLog.entitaId, r.id)));
      expect(logged).toEqual(
        expect.arrayContaining([
          { azione: "download", actorId: a.asPavia.id },
          { azione: "view", actorId: a.asPavia.id },
        ]),
      );
    });

    it("does not serve a document under another request's id", async () => {
      const r1 = await paviaRequest();
      const r2 = await paviaRequest();
      const { id } = await issue(r1.id, "rigetto", "Motivo.");
      await expect(
        getRequestDocument(db(), a.coordinatore, r2.id, id, "pdf"),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        getRequestDocument(db(), a.coordinatore, r1.id, "x", "pdf"),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it("cannot be changed or removed by the application: the database refuses", async () => {
      const r = await paviaRequest();
      const { id } = await issue(r.id, "rigetto", "Motivo originale.");
      // 42501 insufficient_privilege: the migration's REVOKE, not some other failure.
      const code = (e: unknown) =>
        (e as { cause?: { code?: string } }).cause?.code ?? (e as { code?: string }).code;
      const update = await withActor(db(), a.coordinatore, (tx) =>
        tx.update(requestDocuments).set({ oggetto: "Cambiato" }).where(eq(requestDocuments.id, id)),
      ).catch((e: unknown) => e);
      expect(code(update)).toBe("42501");
      const remove = await withActor(db(), a.coordinatore, (tx) =>
        tx.delete(requestDocuments).where(eq(requestDocuments.id, id)),
      ).catch((e: unknown) => e);
      expect(code(remove)).toBe("42501");
      const [doc] = await db()
        .select({ oggetto: requestDocuments.oggetto })
        .from(requestDocuments)
        .where(eq(requestDocuments.id, id));
      expect(doc?.oggetto).not.toBe("Cambiato");
    });
  });
});
