"use client";

import { withdrawOfficialDocumentAction } from "@/app/(staff)/portale/actions";
import { ConfirmRemove } from "@/components/ui/confirm-remove";
import { portalAdmin } from "@/lib/i18n/it/portal-admin";

/** "Ritira", then an inline confirmation: the document leaves the portal, marked withdrawn. */
export function WithdrawButton({ id, title }: { id: string; title: string }) {
  return (
    <ConfirmRemove
      label={title}
      copy={portalAdmin.documents.withdrawal}
      onConfirm={() => withdrawOfficialDocumentAction(id)}
    />
  );
}
