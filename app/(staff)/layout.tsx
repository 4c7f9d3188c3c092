import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { IdleLogout } from "@/components/layout/idle-logout";
import { StaffHeader } from "@/components/layout/staff-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { getAmbitoName } from "@/lib/data/ambiti";
import { readEnv } from "@/lib/env";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  // A temporary password comes first. /account/password lives outside this group, so it
  // does not loop; the data layer refuses every other call meanwhile anyway.
  if (actor.mustChangePassword) redirect("/account/password");
  if (actor.mfaPending) redirect("/account/mfa");
  const ambito = await getAmbitoName(db(), actor);
  return (
    <>
      <StaffHeader actor={actor} ambito={ambito} />
      <main id="contenuto" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
      <IdleLogout idleMinutes={readEnv().SESSION_IDLE_MINUTES} />
    </>
  );
}
