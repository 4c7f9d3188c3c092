import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { StaffFrame } from "@/components/layout/staff-frame";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { getAmbitoName } from "@/lib/data/ambiti";
import { readEnv } from "@/lib/env";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  // A temporary password comes first, then the second factor. Both pages live in app/account,
  // outside this group, so they do not loop; the data layer refuses every other call anyway.
  if (actor.mustChangePassword) redirect("/account/password");
  if (actor.mfaPending) redirect("/account/mfa");
  const ambito = await getAmbitoName(db(), actor);
  return (
    <StaffFrame actor={actor} ambito={ambito} idleMinutes={readEnv().SESSION_IDLE_MINUTES}>
      {children}
    </StaffFrame>
  );
}
