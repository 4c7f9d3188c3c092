import "@fontsource/titillium-web/400.css";
import "@fontsource/titillium-web/600.css";
import "@fontsource/titillium-web/700.css";
import "./globals.css";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { readEnv } from "@/lib/env";
import { t } from "@/lib/i18n";
import { portalCopy } from "@/lib/i18n/portal";
import { requestLocale } from "@/lib/portal/locale";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const base = readEnv().PUBLIC_URL;
  return {
    ...(base ? { metadataBase: new URL(base) } : {}),
    title: {
      default: locale === "en" ? portalCopy("en").portal.defaultTitle : t.layout.meta.defaultTitle,
      template: t.layout.meta.titleTemplate,
    },
    description:
      locale === "en" ? portalCopy("en").portal.pages.home.description : t.layout.meta.description,
  };
}

// Every page carries a per-request CSP nonce (proxy.ts), so none can be prerendered. The
// language comes from the path (English under /en), read by proxy.ts.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  const locale = await requestLocale();
  return (
    <html lang={locale === "en" ? "en" : t.common.lang}>
      <body className="min-h-screen bg-white font-sans text-ink antialiased">
        <a href="#contenuto" className="skip-link">
          {portalCopy(locale).portal.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
