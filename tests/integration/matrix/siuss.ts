import { eq } from "drizzle-orm";
import { requests, siussFlows } from "@/db/schema";
import {
  exportFlussi,
  getSiussSettings,
  listFlussi,
  listMissingData,
  reissueFlusso,
  saveSiussSettings,
} from "@/lib/data/siuss";
import { issueFlows } from "@/lib/data/siuss-issue";
import type { Op, World } from "../../support/matrix";

/** A flusso INPS has just rejected, for the re-issue. */
async function rejectedFlusso(w: World): Promise<string> {
  const [r] = await w.db
    .select({ id: requests.id })
    .from(requests)
    .where(eq(requests.stato, "in_erogazione"))
    .limit(1);
  const [f] = await w.db.transaction((tx) => issueFlows(tx, null, r?.id as string, "I"));
  await w.db
    .update(siussFlows)
    .set({ stato: "scartato" })
    .where(eq(siussFlows.id, f?.id as string));
  return f?.id as string;
}

export const SIUSS_OPS: Op[] = [
  {
    name: "listFlussi",
    onRecord: false,
    permission: "siuss.read",
    run: (w, actor) => listFlussi(w.db, actor),
  },
  {
    name: "listMissingData",
    onRecord: false,
    permission: "siuss.manage",
    run: (w, actor) => listMissingData(w.db, actor),
  },
  {
    name: "reissueFlusso",
    onRecord: false,
    permission: "siuss.manage",
    run: async (w, actor) => reissueFlusso(w.db, actor, await rejectedFlusso(w)),
  },
  {
    name: "exportFlussi",
    onRecord: false,
    permission: "siuss.manage",
    run: (w, actor) =>
      exportFlussi(w.db, actor, { dal: "2026-01-01", al: "2026-12-31", tipo: "PS_PSA_SINA" }),
  },
  {
    name: "getSiussSettings",
    onRecord: false,
    permission: "siuss.manage",
    run: (w, actor) => getSiussSettings(w.db, actor),
  },
  {
    name: "saveSiussSettings",
    onRecord: false,
    permission: "siuss.manage",
    run: (w, actor) => saveSiussSettings(w.db, actor, { cfOperatore: "BLLLRA78C54G388O" }),
  },
];
