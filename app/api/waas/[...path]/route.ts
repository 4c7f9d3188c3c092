import { db } from "@/db/client";
import { handleWaas } from "@/lib/http/waas";

// Reached through WAAS_BASE_PATH (default /waas/v1), which proxy.ts rewrites here.
type Ctx = { params: Promise<{ path: string[] }> };

export async function GET(req: Request, ctx: Ctx) {
  return handleWaas(db(), req, (await ctx.params).path);
}

export async function POST(req: Request, ctx: Ctx) {
  return handleWaas(db(), req, (await ctx.params).path);
}
