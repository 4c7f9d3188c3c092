import type { ReactNode } from "react";
import { StaffFrame } from "@/components/layout/staff-frame";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { getAmbitoName } from "@/lib/data/ambiti";
import { readEnv } from "@/lib/env";

/**
 * The staff frame without the staff layout's redirects: those lead here (a temporary password,
 * a missing second factor), and a layout cannot see the path, hence a folder of its own.
 */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const ambito = await getAmbitoName(db(), actor);
  return (
    <StaffFrame actor={actor} ambito={ambito} idleMinutes={readEnv().SESSION_IDLE_MINUTES}>
      {children}
    </StaffFrame>
  );
}
