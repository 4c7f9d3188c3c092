import { db } from "@/db/client";
import { addDiaryEntry, listDiary } from "@/lib/data/diary";
import { apiRoute, readJson, readQuery } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";
import { DiaryListQuery } from "@/lib/validation/diary";

export const GET = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  listDiary(db(), actor, params.id, readQuery(req, DiaryListQuery)),
);

export const POST = apiRoute<{ id: string }>(
  async ({ actor, req, params }) => addDiaryEntry(db(), actor, params.id, await readJson(req)),
  { status: 201 },
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const PUT = methodNotAllowed("GET", "POST");
export const PATCH = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
