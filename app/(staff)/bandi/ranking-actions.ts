"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import {
  advanceRanking,
  closeBandoWindow,
  produceRanking,
  publishRanking,
} from "@/lib/data/ranking";
import { refreshPortal } from "@/lib/portal/cached";

export async function closeWindowAction(id: string) {
  return runAction("closeBandoWindow", async (actor) => {
    const closed = await closeBandoWindow(db(), actor, id);
    refreshPortal(actor.ambitoId, "catalogue");
    return closed;
  });
}

export async function produceRankingAction(id: string) {
  return runAction("produceRanking", (actor) => produceRanking(db(), actor, id));
}

export async function advanceRankingAction(id: string) {
  return runAction("advanceRanking", (actor) => advanceRanking(db(), actor, id));
}

export async function publishRankingAction(id: string) {
  return runAction("publishRanking", (actor) => publishRanking(db(), actor, id));
}
