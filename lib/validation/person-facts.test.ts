import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./issues";
import {
  DisabilityCertificationCreateSchema,
  IseeAttestationCreateSchema,
  LivingConditionsSchema,
} from "./person-facts";

const isee = {
  tipo: "ordinario",
  valore: "8.500,50",
  protocolloDsu: "inps-isee-2026-00012345x-00",
  dataPresentazione: "2026-01-20",
};

function errorsOf(schema: { safeParse: (v: unknown) => unknown }, input: unknown) {
  const r = schema.safeParse(input) as {
    success: boolean;
    error?: Parameters<typeof fieldErrorsOf>[0];
  };
  return r.success || !r.error ? {} : fieldErrorsOf(r.error);
}

describe("IseeAttestationCreateSchema", () => {
  it("reads amounts written the Italian way and normalises the protocol", () => {
    const r = IseeAttestationCreateSchema.parse({ ...isee, ise: 14000, scalaEquivalenza: "1,57" });
    expect(r).toEqual({
      tipo: "ordinario",
      valore: "8500.50",
      ise: "14000.00",
      scalaEquivalenza: "1.57",
      protocolloDsu: "INPS-ISEE-2026-00012345X-00",
      dataPresentazione: "2026-01-20",
    });
    expect(IseeAttestationCreateSchema.parse({ ...isee, valore: 0.29, ise: "" }).valore).toBe(
      "0.29",
    );
  });

  it.each([
    [{ valore: "-1" }, "valore", /negativo/],
    [{ valore: "12,345" }, "valore", /due decimali/],
    [{ valore: "dodici" }, "valore", /inserisci un numero/],
    [{ valore: "" }, "valore", /Inserisci il valore/],
    [{ valore: 2_000_000 }, "valore", /massimo/],
    [{ ise: "8000" }, "ise", /inferiore al valore ISEE/],
    [{ scalaEquivalenza: "0,9" }, "scalaEquivalenza", /almeno 1/],
    [{ tipo: "speciale" }, "tipo", /tipo di ISEE/],
    [{ protocolloDsu: "12345" }, "protocolloDsu", /formato/],
    [{ protocolloDsu: "INPS-ISEE-2025-00012345X-00" }, "protocolloDsu", /anno del protocollo/],
    [{ dataPresentazione: "2026-02-30" }, "dataPresentazione", /data valida/],
    [{ dataPresentazione: "2999-01-01" }, "dataPresentazione", /futura/],
    [{ dataPresentazione: "2019-05-05" }, "dataPresentazione", /prima del 2020/],
  ])("refuses %o on its field", (over, field, message) => {
    const errors = errorsOf(IseeAttestationCreateSchema, { ...isee, ...over });
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]?.[0]).toMatch(message);
  });

  it("refuses unknown fields, such as a typed expiry", () => {
    expect(
      errorsOf(IseeAttestationCreateSchema, { ...isee, scadenza: "2030-01-01" }),
    ).toHaveProperty("_");
  });
});

describe("DisabilityCertificationCreateSchema", () => {
  it("accepts a certification without review date or issuer", () => {
    expect(
      DisabilityCertificationCreateSchema.parse({
        codice: "l104_art3c3",
        dataRilascio: "2024-05-10",
        scadenza: "",
      }),
    ).toEqual({ codice: "l104_art3c3", dataRilascio: "2024-05-10", scadenza: undefined, ente: "" });
  });

  it("refuses a review date before the issue and an unknown code", () => {
    expect(
      errorsOf(DisabilityCertificationCreateSchema, {
        codice: "l104_art3c3",
        dataRilascio: "2024-05-10",
        scadenza: "2024-01-01",
      }),
    ).toEqual({ scadenza: ["La revisione non può precedere il rilascio."] });
    expect(
      Object.keys(
        errorsOf(DisabilityCertificationCreateSchema, { codice: "x", dataRilascio: "2024-05-10" }),
      ),
    ).toEqual(["codice"]);
  });
});

describe("LivingConditionsSchema", () => {
  it("accepts unknowns as null", () => {
    const v = { componentiNucleo: null, viveSolo: null, alDomicilio: true };
    expect(LivingConditionsSchema.parse(v)).toEqual(v);
  });

  it("sees that living alone contradicts a household of three", () => {
    expect(
      errorsOf(LivingConditionsSchema, { componentiNucleo: 3, viveSolo: true, alDomicilio: true }),
    ).toEqual({ viveSolo: [expect.stringMatching(/nucleo di un componente/)] });
  });

  it.each([0, 31, 2.5])("refuses a household of %s", (n) => {
    expect(
      Object.keys(
        errorsOf(LivingConditionsSchema, {
          componentiNucleo: n,
          viveSolo: false,
          alDomicilio: null,
        }),
      ),
    ).toEqual(["componentiNucleo"]);
  });
});
