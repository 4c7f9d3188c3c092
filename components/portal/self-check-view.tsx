import { selfCheckAction } from "@/app/(public)/verifica-requisiti/actions";
import { declarationsOf, incompatibleMeasuresOf } from "@/lib/domain/self-check";
import { portalCopy } from "@/lib/i18n/portal";
import { cachedCatalogue, portalAmbito } from "@/lib/portal/cached";
import type { Locale } from "@/lib/portal/routes";
import { PortalFrame } from "./portal-frame";
import { SelfCheckForm } from "./self-check-form";

/** The self-check page: questions drawn from what the open bandi's rules read. */
export async function SelfCheckView({ locale }: { locale: Locale }) {
  const copy = portalCopy(locale);
  const c = copy.portal;
  const ambito = await portalAmbito();
  const cat = await cachedCatalogue(ambito.id);
  const rules = cat.openBandi.flatMap((b) => b.regoleAmmissione);
  return (
    <PortalFrame
      locale={locale}
      page="selfCheck"
      title={c.pages.selfCheck.title}
      lead={copy.selfCheck.intro}
    >
      <p
        className="mb-8 max-w-3xl rounded border-l-4 border-primary bg-primary-light p-4"
        data-testid="self-check-privacy"
      >
        {copy.selfCheck.privacy}
      </p>
      <SelfCheckForm
        locale={locale}
        action={selfCheckAction.bind(null, locale)}
        comuni={cat.comuneIds.map((id) => ({ id, label: cat.names.comuni[id] ?? id }))}
        measures={incompatibleMeasuresOf(rules).map((id) => ({
          id,
          label: cat.names.misure[id] ?? id,
        }))}
        declarations={declarationsOf(rules).map((d) => ({ id: d.id, label: d.text }))}
      />
    </PortalFrame>
  );
}
