"use client";

import { removePersonLinkAction } from "@/app/(staff)/persone/[id]/household-actions";
import { ConfirmRemove } from "@/components/ui/confirm-remove";
import { plans } from "@/lib/i18n/it/plans";

const t = { plans };

/** "Togli", then an inline confirmation: the link ends but stays in the history. */
export function RemoveLink({
  personId,
  linkId,
  label,
}: {
  personId: string;
  linkId: string;
  label: string;
}) {
  return (
    <ConfirmRemove
      label={label}
      copy={t.plans.household}
      onConfirm={() => removePersonLinkAction(personId, linkId)}
    />
  );
}
