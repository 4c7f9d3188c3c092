import { z } from "zod";
import { AREAS } from "@/lib/domain/areas";
import { REQUEST_STATUSES } from "@/lib/domain/request-workflow";

const cursor = z.string().max(400, "Cursore non valido.");
const dir = z.enum(["asc", "desc"], { error: "Usa asc o desc." });
const limit = z.coerce
  .number({ error: "Il limite deve essere un numero." })
  .int("Il limite deve essere un intero.")
  .min(1, "Almeno 1.")
  .max(100, "Al massimo 100.");

const requestListShape = {
  stato: z.enum(REQUEST_STATUSES, { error: "Stato sconosciuto." }),
  comune: z.uuid({ error: "Comune non valido." }),
  area: z.enum(AREAS, { error: "Area sconosciuta." }),
  misura: z.uuid({ error: "Misura non valida." }),
  persona: z.uuid({ error: "Persona non valida." }),
  sort: z.enum(["data", "protocollo", "stato"], { error: "Ordinamento sconosciuto." }),
  dir,
  after: cursor,
  before: cursor,
  limit,
};

const personListShape = {
  comune: z.uuid({ error: "Comune non valido." }),
  sort: z.enum(["cognome", "creato"], { error: "Ordinamento sconosciuto." }),
  dir,
  after: cursor,
  before: cursor,
  limit,
};

type Shape = Record<string, z.ZodType>;

function optional<S extends Shape>(shape: S) {
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof S]: z.ZodOptional<S[K]>;
  };
}

// In a page, an unreadable value in a shared link falls back to the default instead of failing.
function lenient<S extends Shape>(shape: S) {
  return Object.fromEntries(
    Object.entries(shape).map(([k, v]) => [k, v.optional().catch(undefined)]),
  ) as {
    [K in keyof S]: z.ZodCatch<z.ZodOptional<S[K]>>;
  };
}

/** Query of GET /api/v1/requests: unknown or malformed parameters are a 400. */
export const RequestListQuery = z.object(optional(requestListShape)).strict();
export const RequestListParams = z.object(lenient(requestListShape));
export type RequestListParams = z.infer<typeof RequestListParams>;

export const PersonListQuery = z.object(optional(personListShape)).strict();
export const PersonListParams = z.object(lenient(personListShape));
export type PersonListParams = z.infer<typeof PersonListParams>;

/** Next gives string | string[] | undefined; keep the first value of each. */
export function firstValues(
  sp: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

type RequestParams = z.infer<typeof RequestListQuery>;
type PersonParams = z.infer<typeof PersonListQuery>;

/** URL parameter names (Italian, short) to the data layer's query. */
export function requestQueryOf(p: RequestParams) {
  const sort = p.sort ?? "data";
  return {
    stato: p.stato,
    comuneId: p.comune,
    area: p.area,
    measureId: p.misura,
    personId: p.persona,
    sort,
    desc: p.dir ? p.dir === "desc" : sort !== "stato",
    after: p.after,
    before: p.before,
    limit: p.limit,
  };
}

export function personQueryOf(p: PersonParams) {
  return {
    comuneId: p.comune,
    sort: p.sort ?? ("cognome" as const),
    desc: p.dir === "desc",
    after: p.after,
    before: p.before,
    limit: p.limit,
  };
}
