import { apiRoute } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

/** Loading the signed-in user renews the session's record of activity; nothing else to do. */
export const POST = apiRoute(async ({ actor }) => ({ user: actor.id, role: actor.role }));

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
