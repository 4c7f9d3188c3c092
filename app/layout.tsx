import "@fontsource/titillium-web/400.css";
import "@fontsource/titillium-web/600.css";
import "@fontsource/titillium-web/700.css";
import "./globals.css";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { t } from "@/lib/i18n";

export const metadata: Metadata = {
  title: { default: t.layout.meta.defaultTitle, template: t.layout.meta.titleTemplate },
  description: t.layout.meta.description,
};

// Every page carries a per-request CSP nonce (proxy.ts), so none can be prerendered.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang={t.common.lang}>
      <body className="min-h-screen bg-white font-sans text-ink antialiased">
        <a href="#contenuto" className="skip-link">
          {t.layout.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
