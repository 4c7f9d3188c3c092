import type { ReactNode } from "react";
import { IdleLogout } from "@/components/layout/idle-logout";
import { StaffHeader } from "@/components/layout/staff-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { getAmbitoName } from "@/lib/data/ambiti";
import { readEnv } from "@/lib/env";

/**
 * The staff frame of app/(staff)/layout.tsx without its redirect for a temporary password:
 * this is where that redirect leads, and a layout cannot see the path, hence a folder of
 * its own. Keep the two frames alike.
 */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
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
