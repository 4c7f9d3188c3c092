import { db } from "@/db/client";
import { closeBandoWindow } from "@/lib/data/ranking";
import { apiRoute } from "@/lib/http/api";

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) =>
  closeBandoWindow(db(), actor, params.id),
);
