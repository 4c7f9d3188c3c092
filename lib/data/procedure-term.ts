import { type SQL, sql } from "drizzle-orm";
import { requests } from "@/db/schema";
import type { Permission } from "@/lib/auth/policy";
import { OPEN_STATUSES } from "@/lib/domain/procedure";

/**
 * The term of the procedure in SQL, as lib/domain/procedure.ts computes it: the current
 * suspension counts up to its cap (10 days for a preavviso, 30 for an integrazione), and the
 * clock stays stopped until the cap is reached. `today` is a date expression.
 */
export function termSql(today: SQL) {
  const cap = sql`(case when ${requests.stato} = 'preavviso_rigetto' then 10 else 30 end)`;
  const suspendedNow = sql`(case when ${requests.sospesoDal} is null then 0
    else least(${cap}, ${today} - ${requests.sospesoDal}) end)`;
  const dueOn = sql`(${requests.scadenzaTermine} + ${suspendedNow})`;
  const open = sql.join(
    OPEN_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const running = sql`(${requests.stato} in (${open}) and ${requests.scadenzaTermine} is not null
    and (${requests.sospesoDal} is null or ${today} - ${requests.sospesoDal} >= ${cap}))`;
  return {
    cap,
    dueOn,
    running,
    overdue: sql<boolean>`coalesce(${running} and ${dueOn} < ${today}, false)`,
  };
}

export const ROME_TODAY = sql`(now() at time zone 'Europe/Rome')::date`;

/** Which permission each side of the procedure's steps needs. */
export const TRANSITION_PERMISSION: Record<"worker" | "coordinator", Permission> = {
  worker: "request.transition.worker",
  coordinator: "request.transition.coordinator",
};
