import { z } from "zod";
import { AREAS } from "@/lib/domain/areas";
import { REQUEST_STATUSES } from "@/lib/domain/request-workflow";

// Unreadable values in a shared link fall back to the default instead of failing the page.
const cursor = z.string().max(400).optional().catch(undefined);
const uuid = z.uuid().optional().catch(undefined);
const dir = z.enum(["asc", "desc"]).optional().catch(undefined);

export const RequestListParams = z.object({
  stato: z.enum(REQUEST_STATUSES).optional().catch(undefined),
  comune: uuid,
  area: z.enum(AREAS).optional().catch(undefined),
  misura: uuid,
  sort: z.enum(["data", "protocollo", "stato"]).optional().catch(undefined),
  dir,
  after: cursor,
  before: cursor,
});

export type RequestListParams = z.infer<typeof RequestListParams>;

export const PersonListParams = z.object({
  comune: uuid,
  sort: z.enum(["cognome", "creato"]).optional().catch(undefined),
  dir,
  after: cursor,
  before: cursor,
});

export type PersonListParams = z.infer<typeof PersonListParams>;

/** Next gives string | string[] | undefined; keep the first value of each. */
export function firstValues(
  sp: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
