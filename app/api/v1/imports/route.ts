import { db } from "@/db/client";
import { startImport } from "@/lib/data/registry-import";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const POST = apiRoute(
  async ({ actor, req }) => startImport(db(), actor, await readJson(req)),
  { status: 201 },
);

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
