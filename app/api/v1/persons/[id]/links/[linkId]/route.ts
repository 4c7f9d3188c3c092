import { db } from "@/db/client";
import { removePersonLink } from "@/lib/data/household";
import { apiRoute } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const DELETE = apiRoute<{ id: string; linkId: string }>(async ({ actor, params }) => {
  await removePersonLink(db(), actor, params.id, params.linkId);
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});

export const GET = methodNotAllowed("DELETE");
export const POST = methodNotAllowed("DELETE");
export const PUT = methodNotAllowed("DELETE");
export const PATCH = methodNotAllowed("DELETE");
