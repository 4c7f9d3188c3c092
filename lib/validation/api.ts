import { z } from "zod";
import { AREAS, MEASURE_KINDS } from "@/lib/domain/areas";
import { REQUEST_ACTIONS, REQUEST_STATUSES } from "@/lib/domain/request-workflow";

// Response shapes of /api/v1, used only to document the API in OpenAPI.
const dateTime = z.iso.datetime();
const money = z
  .string()
  .regex(/^\d+\.\d{2}$/)
  .nullable()
  .meta({ description: "Euro, two decimals" });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.record(z.string(), z.array(z.string())).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

export const Id = z.object({ id: z.uuid() }).meta({ id: "Id" });

const pageOf = <T extends z.ZodType>(row: T, id: string) =>
  z
    .object({
      rows: z.array(row),
      total: z.number().int(),
      nextCursor: z.string().nullable(),
      prevCursor: z.string().nullable(),
    })
    .meta({ id });

export const PersonRow = z
  .object({
    id: z.uuid(),
    cognome: z.string(),
    nome: z.string(),
    dataNascita: z.iso.date(),
    comune: z.string(),
    creatoIl: dateTime,
  })
  .meta({ id: "PersonRow" });
export const PersonPage = pageOf(PersonRow, "PersonPage");

export const Person = z
  .object({
    id: z.uuid(),
    comuneId: z.uuid(),
    comune: z.string(),
    codiceFiscale: z.string(),
    cognome: z.string(),
    nome: z.string(),
    sesso: z.enum(["M", "F"]),
    dataNascita: z.iso.date(),
    luogoNascita: z.string(),
    luogoNascitaLabel: z.string(),
    cittadinanza: z.string(),
    indirizzo: z.string(),
    telefono: z.string().nullable(),
    email: z.string().nullable(),
    creatoIl: dateTime,
  })
  .meta({ id: "Person" });

export const PersonSearch = z
  .object({ q: z.string().min(2).max(100) })
  .strict()
  .meta({ id: "PersonSearch" });

export const RequestRow = z
  .object({
    id: z.uuid(),
    protocollo: z.string().nullable(),
    stato: z.enum(REQUEST_STATUSES),
    creatoIl: dateTime,
    persona: z
      .string()
      .nullable()
      .meta({ description: "Null se la persona si è trasferita fuori dai comuni di chi legge" }),
    comune: z.string(),
    misura: z.string(),
    area: z.enum(AREAS),
    importoMensile: money,
    mesi: z.number().int().nullable(),
  })
  .meta({ id: "RequestRow" });
export const RequestPage = pageOf(RequestRow, "RequestPage");

export const RequestDetail = z
  .object({
    id: z.uuid(),
    protocollo: z.string().nullable(),
    protocolloData: dateTime.nullable(),
    stato: z.enum(REQUEST_STATUSES),
    comuneId: z.uuid(),
    comune: z.string(),
    personId: z.uuid(),
    measureId: z.uuid(),
    misura: z.string(),
    importoMensile: money,
    mesi: z.number().int().nullable(),
    importoApprovato: money,
    motivazione: z.string(),
    esitoMotivazione: z.string().nullable(),
    actions: z.array(z.enum(REQUEST_ACTIONS)),
    history: z.array(
      z.object({
        at: dateTime,
        azione: z.string(),
        daStato: z.enum(REQUEST_STATUSES).nullable(),
        aStato: z.enum(REQUEST_STATUSES),
        nota: z.string().nullable(),
        attore: z.string(),
      }),
    ),
  })
  .meta({ id: "RequestDetail" });

export const RequestCreated = z
  .object({ id: z.uuid(), protocollo: z.string() })
  .meta({ id: "RequestCreated" });
export const RequestTransitioned = z
  .object({ id: z.uuid(), stato: z.enum(REQUEST_STATUSES) })
  .meta({ id: "RequestTransitioned" });

export const Measure = z
  .object({
    id: z.uuid(),
    codice: z.string(),
    nome: z.string(),
    descrizione: z.string(),
    tipo: z.enum(MEASURE_KINDS),
    area: z.enum(AREAS),
    codiceSiuss: z.string(),
    areaUtenza: z.number().int(),
    importoMensile: money,
    mesiMassimi: z.number().int().nullable(),
    attiva: z.boolean(),
  })
  .meta({ id: "Measure" });
