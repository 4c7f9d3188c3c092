import { db } from "@/db/client";
import { NotFoundError } from "@/lib/data/errors";
import { acceptTransfer, cancelTransfer, rejectTransfer } from "@/lib/data/transfers";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

const ACTIONS = { accept: acceptTransfer, reject: rejectTransfer, cancel: cancelTransfer };

/** accept and reject by the destination comune, cancel by the comune that asked; the note is optional. */
export const POST = apiRoute<{ id: string; action: string }>(async ({ actor, req, params }) => {
  const act = ACTIONS[params.action as keyof typeof ACTIONS];
  if (!Object.hasOwn(ACTIONS, params.action) || !act) throw new NotFoundError("L'operazione");
  const input = req.headers.get("content-type") ? await readJson(req) : {};
  return act(db(), actor, params.id, input);
});

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
