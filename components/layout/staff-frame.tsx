import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/roles";
import { IdleLogout } from "./idle-logout";
import { StaffHeader } from "./staff-header";

/** Header, main landmark and idle watch of every signed-in page. */
export function StaffFrame({
  actor,
  ambito,
  idleMinutes,
  children,
}: {
  actor: Actor;
  ambito: string;
  idleMinutes: number;
  children: ReactNode;
}) {
  return (
    <>
      <StaffHeader actor={actor} ambito={ambito} />
      <main id="contenuto" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
      <IdleLogout idleMinutes={idleMinutes} />
    </>
  );
}
