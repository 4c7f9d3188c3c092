import { db } from "@/db/client";
import { ValidationError } from "@/lib/data/errors";
import { isUuid } from "@/lib/data/pg-errors";
import { listTransfers, requestTransfer } from "@/lib/data/transfers";
import { apiRoute, readJson, readQuery } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";
import { TransferListQuery } from "@/lib/validation/transfers";

export const GET = apiRoute(async ({ actor, req }) => ({
  rows: await listTransfers(db(), actor, readQuery(req, TransferListQuery)),
}));

export const POST = apiRoute(
  async ({ actor, req }) => {
    const { personId, ...input } = (await readJson(req)) as Record<string, unknown>;
    if (!isUuid(personId)) throw new ValidationError({ personId: ["Indica la persona."] });
    return requestTransfer(db(), actor, personId, input);
  },
  { status: 201 },
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const PUT = methodNotAllowed("GET", "POST");
export const PATCH = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
