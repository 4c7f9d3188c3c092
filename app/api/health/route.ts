import { NextResponse } from "next/server";
import { dbHandle } from "@/db/client";
import { markDatabaseDown, markDatabaseUp, RETRY_AFTER_SECONDS } from "@/db/health";
import { checkDatabase } from "@/lib/data/users";
import { logError } from "@/lib/http/log";

export async function GET() {
  const handle = dbHandle();
  const started = performance.now();
  try {
    await checkDatabase(handle.db);
    markDatabaseUp();
    const ms = Math.round(performance.now() - started);
    return NextResponse.json(
      { status: "ok", database: { status: "ok", driver: handle.driver, latencyMs: ms } },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (e) {
    markDatabaseDown();
    logError("health", e);
    return NextResponse.json(
      { status: "error", database: { status: "unavailable", driver: handle.driver } },
      {
        status: 503,
        headers: { "cache-control": "no-store", "retry-after": String(RETRY_AFTER_SECONDS) },
      },
    );
  }
}
