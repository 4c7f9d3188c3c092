import { db } from "@/db/client";
import { finishImport } from "@/lib/data/registry-import";
import { apiRoute } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const POST = apiRoute<{ id: string }>(({ actor, params }) =>
  finishImport(db(), actor, params.id),
);

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
