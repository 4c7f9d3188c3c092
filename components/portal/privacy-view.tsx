import { portalCopy } from "@/lib/i18n/portal";
import type { Locale } from "@/lib/portal/routes";
import { PortalFrame } from "./portal-frame";

export function PrivacyView({ locale }: { locale: Locale }) {
  const c = portalCopy(locale).portal;
  return (
    <PortalFrame
      locale={locale}
      page="privacy"
      title={c.pages.privacy.title}
      lead={c.pages.privacy.description}
    >
      <div className="max-w-3xl space-y-6 text-lg">
        {c.privacy.sections.map((s) => (
          <section key={s.title}>
            <h2 className="text-2xl font-bold text-primary-darker">{s.title}</h2>
            <p className="mt-2">{s.text}</p>
          </section>
        ))}
      </div>
    </PortalFrame>
  );
}
