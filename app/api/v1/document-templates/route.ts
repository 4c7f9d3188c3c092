import { db } from "@/db/client";
import { listDocumentTemplates } from "@/lib/data/document-templates";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute(async ({ actor }) => ({
  rows: await listDocumentTemplates(db(), actor),
}));
