import "@fontsource/titillium-web/400.css";
import "@fontsource/titillium-web/600.css";
import "@fontsource/titillium-web/700.css";
import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Zona — Piano di Zona", template: "%s · Zona" },
  description: "Servizi sociali del Piano di Zona: cartella sociale, titoli sociali e servizi.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="it">
      <body className="min-h-screen bg-white font-sans text-ink antialiased">
        <a href="#contenuto" className="skip-link">
          Vai al contenuto
        </a>
        {children}
      </body>
    </html>
  );
}
