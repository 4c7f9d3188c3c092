import type { ReactNode } from "react";
import { CaseHeaderView } from "@/components/cases/case-header";
import { type CaseTab, CaseTabs } from "@/components/cases/case-tabs";
import { db } from "@/db/client";
import { type Permission, scopeFor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { getCaseHeader } from "@/lib/data/cases";
import { orNotFound } from "@/lib/http/page";

const TAB_PERMISSION: Record<CaseTab, Permission> = {
  overview: "case.read",
  plan: "case.plan.read",
  diary: "case.diary.read",
  documents: "person.document.read",
  calendar: "appointment.read",
};

export default async function CaseLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await orNotFound(getCaseHeader(db(), actor, id));
  const tabs = (Object.keys(TAB_PERMISSION) as CaseTab[]).filter((tab) =>
    scopeFor(actor, TAB_PERMISSION[tab]),
  );
  return (
    <>
      <CaseHeaderView header={header} />
      <CaseTabs caseId={header.id} tabs={tabs} />
      {children}
    </>
  );
}
