import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATES, DOCUMENT_KINDS } from "@/lib/domain/decision-documents";
import { DocumentTemplateSchema } from "./document-template";
import { fieldErrorsOf } from "./issues";

const BODY = "Gentile {{richiedente}}, la domanda {{protocollo}} è in esame.";

function errorsOf(input: unknown) {
  const parsed = DocumentTemplateSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("document template schema", () => {
  it.each(DOCUMENT_KINDS)("accepts the default template of %s", (kind) => {
    expect(DocumentTemplateSchema.safeParse(DEFAULT_TEMPLATES[kind]).success).toBe(true);
  });

  it.each([
    ["an unknown field", "Nota {{iban}} qui e ancora testo.", "Campo sconosciuto: {{iban}}."],
    [
      "several unknown fields, each once",
      "{{iban}} {{codice_fiscale}} {{iban}} testo della lettera.",
      "Campi sconosciuti: {{iban}}, {{codice_fiscale}}.",
    ],
    ["a field in capitals", "Domanda {{Protocollo}} del richiedente.", "{{Protocollo}}"],
    ["a field with spaces inside", "Domanda del {{data domanda}} in esame.", "{{data domanda}}"],
    ["braces left open", "Domanda {{protocollo} in esame da tempo.", "Doppie graffe non chiuse"],
  ])("refuses %s in the text, saying which", (_what, corpo, message) => {
    const errors = errorsOf({ oggetto: "Oggetto valido", corpo });
    expect(errors.corpo?.[0]).toContain(message);
    expect(errors.oggetto).toBeUndefined();
  });

  it("accepts spaces inside well-formed braces", () => {
    expect(errorsOf({ oggetto: "Prot. {{ protocollo }}", corpo: BODY })).toEqual({});
  });

  it("bounds the lengths and keeps the subject on one line", () => {
    expect(errorsOf({ oggetto: "ab", corpo: BODY }).oggetto?.[0]).toContain("almeno 3");
    expect(errorsOf({ oggetto: "x".repeat(201), corpo: BODY }).oggetto?.[0]).toContain("200");
    expect(errorsOf({ oggetto: "Riga\nseconda", corpo: BODY }).oggetto?.[0]).toContain(
      "una sola riga",
    );
    expect(errorsOf({ oggetto: "Oggetto", corpo: "breve" }).corpo?.[0]).toContain("almeno 20");
    expect(errorsOf({ oggetto: "Oggetto", corpo: "x".repeat(20_001) }).corpo?.[0]).toContain(
      "20.000",
    );
  });

  it("refuses fields that are not part of a template", () => {
    expect(errorsOf({ oggetto: "Oggetto", corpo: BODY, tipo: "rigetto" })._?.[0]).toContain(
      "Campi non previsti",
    );
  });
});
