import { db } from "@/db/client";
import { removeDisabilityCertification } from "@/lib/data/person-facts";
import { apiRoute } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const DELETE = apiRoute<{ id: string; certId: string }>(async ({ actor, params }) => {
  await removeDisabilityCertification(db(), actor, params.id, params.certId);
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});

export const GET = methodNotAllowed("DELETE");
export const POST = methodNotAllowed("DELETE");
export const PUT = methodNotAllowed("DELETE");
export const PATCH = methodNotAllowed("DELETE");
