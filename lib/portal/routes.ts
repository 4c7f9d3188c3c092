/** The portal's languages: Italian at the root, English under /en. */
export const LOCALES = ["it", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** The request header proxy.ts sets with the language of the requested path. */
export const LOCALE_HEADER = "x-zona-locale";

/** The language of a path: English under /en, Italian everywhere else. */
export function localeOfPath(pathname: string): Locale {
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : "it";
}

/** Every public page, with its path in each language. */
export const PORTAL_PAGES = {
  home: { it: "/", en: "/en" },
  plan: { it: "/piano-di-zona", en: "/en/district-plan" },
  office: { it: "/ufficio-di-piano", en: "/en/planning-office" },
  areas: { it: "/aree-di-intervento", en: "/en/target-areas" },
  criteria: { it: "/criteri-di-accesso", en: "/en/access-criteria" },
  calls: { it: "/bandi-aperti", en: "/en/open-calls" },
  documents: { it: "/documenti-ufficiali", en: "/en/official-documents" },
  selfCheck: { it: "/verifica-requisiti", en: "/en/eligibility-check" },
  privacy: { it: "/privacy", en: "/en/privacy" },
} as const satisfies Record<string, Record<Locale, string>>;

export type PortalPage = keyof typeof PORTAL_PAGES;

/** The pages of the main navigation, in order. */
export const PORTAL_NAV: PortalPage[] = [
  "plan",
  "office",
  "areas",
  "criteria",
  "calls",
  "documents",
  "selfCheck",
];

export function pathOf(page: PortalPage, locale: Locale): string {
  return PORTAL_PAGES[page][locale];
}

/** Where an official document is downloaded, in either language. */
export function documentPath(id: string): string {
  return `/documenti-ufficiali/${id}`;
}
