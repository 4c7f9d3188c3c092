"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { withdrawOfficialDocumentAction } from "@/app/(staff)/portale/actions";
import { Button } from "@/components/ui/button";
import { portalAdmin } from "@/lib/i18n/it/portal-admin";

const t = { portalAdmin };

const m = t.portalAdmin.documents;

/** Withdraws a document from the portal (it stays in the list, marked withdrawn). */
export function WithdrawButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      variant="secondary"
      size="sm"
      disabled={pending}
      aria-label={m.withdrawLabel(title)}
      onClick={() =>
        start(async () => {
          await withdrawOfficialDocumentAction(id);
          router.refresh();
        })
      }
    >
      {m.withdraw}
    </Button>
  );
}
