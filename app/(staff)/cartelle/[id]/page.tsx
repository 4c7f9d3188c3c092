import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { t } from "@/lib/i18n";

// The title never carries the person's name.
export const metadata: Metadata = { title: t.cases.title };

export default async function CasePage() {
  return (
    <Card title={t.cases.tabs.overview}>
      <p className="text-muted">{t.cases.title}</p>
    </Card>
  );
}
