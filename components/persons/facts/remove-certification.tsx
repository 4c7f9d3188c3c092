"use client";

import { removeDisabilityCertificationAction } from "@/app/(staff)/persone/[id]/facts-actions";
import { ConfirmRemove } from "@/components/ui/confirm-remove";
import { personFacts } from "@/lib/i18n/it/person-facts";

const t = { personFacts };

/** "Elimina", then an inline confirmation: a certification entered by mistake is removed. */
export function RemoveCertification({
  personId,
  certId,
  label,
}: {
  personId: string;
  certId: string;
  label: string;
}) {
  return (
    <ConfirmRemove
      label={label}
      copy={t.personFacts.disabilities}
      className="mt-2 space-y-2"
      onConfirm={() => removeDisabilityCertificationAction(personId, certId)}
    />
  );
}
