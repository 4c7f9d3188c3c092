import { db } from "@/db/client";
import { editDiaryEntry } from "@/lib/data/diary";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const PATCH = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  editDiaryEntry(db(), actor, params.id, await readJson(req)),
);

export const GET = methodNotAllowed("PATCH");
export const POST = methodNotAllowed("PATCH");
export const PUT = methodNotAllowed("PATCH");
export const DELETE = methodNotAllowed("PATCH");
