import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { budgetLines } from "@/db/schema";
import type { Area } from "@/lib/domain/areas";

type Target = { bandoId: string; comuneId: string; area: Area };

/**
 * Commits `amount` (euro, 2 decimals) on the budget line that covers the request: the line of
 * its comune, else of its area, else the bando's general line. The update is conditional on
 * the money left, so concurrent approvals can never over-commit; answers null when it does not fit.
 */
export async function commitBudget(tx: Db, target: Target, amount: string): Promise<string | null> {
  const [line] = await tx
    .select({ id: budgetLines.id })
    .from(budgetLines)
    .where(
      and(
        eq(budgetLines.bandoId, target.bandoId),
        or(eq(budgetLines.comuneId, target.comuneId), isNull(budgetLines.comuneId)),
        or(eq(budgetLines.area, target.area), isNull(budgetLines.area)),
      ),
    )
    .orderBy(asc(sql`${budgetLines.comuneId} is null`), asc(sql`${budgetLines.area} is null`))
    .limit(1);
  if (!line) return null;
  const updated = await tx
    .update(budgetLines)
    .set({ impegnato: sql`${budgetLines.impegnato} + ${amount}::numeric` })
    .where(
      and(
        eq(budgetLines.id, line.id),
        sql`${budgetLines.stanziato} - ${budgetLines.impegnato} >= ${amount}::numeric`,
      ),
    )
    .returning({ id: budgetLines.id });
  return updated.length === 1 ? line.id : null;
}

/** Frees what a revoked or renounced benefit had committed. */
export async function releaseBudget(tx: Db, lineId: string, amount: string): Promise<void> {
  await tx
    .update(budgetLines)
    .set({
      impegnato: sql`greatest(${budgetLines.impegnato} - ${amount}::numeric, ${budgetLines.pagato})`,
    })
    .where(eq(budgetLines.id, lineId));
}
