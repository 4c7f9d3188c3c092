import { problem } from "@/lib/http/problem";

function notFound() {
  return problem(
    404,
    "Non trovato",
    "Questo indirizzo dell'API non esiste. Vedi /api/v1/openapi.json.",
  );
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
