import { db } from "@/db/client";
import { listRequestDocuments } from "@/lib/data/request-documents";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => ({
  rows: await listRequestDocuments(db(), actor, params.id),
}));
