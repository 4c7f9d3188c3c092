"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { cases } from "@/lib/i18n/it/cases";

const t = { cases };

export type CaseTab = "overview" | "plan" | "diary" | "documents" | "calendar";

const PATHS: Record<CaseTab, string> = {
  overview: "",
  plan: "/progetto",
  diary: "/diario",
  documents: "/documenti",
  calendar: "/appuntamenti",
};

/** The sections of a cartella, one route each; only those the role may read are offered. */
export function CaseTabs({ caseId, tabs }: { caseId: string; tabs: CaseTab[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={t.cases.tabsLabel} className="mb-6 border-b border-line">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const href = `/cartelle/${caseId}${PATHS[tab]}`;
          const active = pathname === href;
          return (
            <li key={tab}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px block rounded-t border border-transparent px-4 py-2 font-semibold text-primary no-underline hover:bg-primary-lightest",
                  active && "border-line border-b-white bg-white text-primary-darker",
                )}
              >
                {t.cases.tabs[tab]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
