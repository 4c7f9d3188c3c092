import { db } from "@/db/client";
import { addDiaryEntry, listDiary } from "@/lib/data/diary";
import { apiRoute, readJson, readQuery } from "@/lib/http/api";
import { DiaryListQuery } from "@/lib/validation/diary";

export const GET = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  listDiary(db(), actor, params.id, readQuery(req, DiaryListQuery)),
);

export const POST = apiRoute<{ id: string }>(
  async ({ actor, req, params }) => addDiaryEntry(db(), actor, params.id, await readJson(req)),
  { status: 201 },
);
