import { db } from "@/db/client";
import { createAssessment, listAssessments } from "@/lib/data/assessments";
import { apiRoute, readJson } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  listAssessments(db(), actor, params.id),
);

export const POST = apiRoute<{ id: string }>(
  async ({ actor, req, params }) => createAssessment(db(), actor, params.id, await readJson(req)),
  { status: 201 },
);
