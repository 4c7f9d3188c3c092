import type { Metadata } from "next";
import { portalCopy } from "@/lib/i18n/portal";
import { type Locale, PORTAL_PAGES, type PortalPage } from "./routes";

/**
 * A public page's metadata: title and description in its language, the canonical address,
 * its counterpart in the other language (hreflang) and Open Graph.
 */
export function portalMetadata(locale: Locale, page: PortalPage): Metadata {
  const copy = portalCopy(locale).portal;
  const { title, description } = copy.pages[page];
  const paths = PORTAL_PAGES[page];
  return {
    title: page === "home" ? { absolute: copy.defaultTitle } : title,
    description,
    alternates: {
      canonical: paths[locale],
      languages: { it: paths.it, en: paths.en, "x-default": paths.it },
    },
    openGraph: {
      type: "website",
      title,
      description,
      locale: copy.ogLocale,
      alternateLocale: portalCopy(locale === "it" ? "en" : "it").portal.ogLocale,
      url: paths[locale],
      siteName: copy.defaultTitle,
    },
  };
}
