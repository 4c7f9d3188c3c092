import { db } from "@/db/client";
import { recordReview } from "@/lib/data/plans";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const POST = apiRoute<{ id: string }>(
  async ({ actor, req, params }) => recordReview(db(), actor, params.id, await readJson(req)),
  { status: 201 },
);

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
