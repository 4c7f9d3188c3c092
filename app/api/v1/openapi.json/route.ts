import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/http/openapi";
import { methodNotAllowed } from "@/lib/http/problem";

export function GET() {
  return NextResponse.json(openApiDocument());
}

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
