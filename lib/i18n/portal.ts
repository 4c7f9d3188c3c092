import type { Locale } from "@/lib/portal/routes";
import { portal as portalEn } from "./en/portal";
import { portalAreas as portalAreasEn } from "./en/portal-areas";
import { selfCheck as selfCheckEn } from "./en/self-check";
import type { Widen } from "./index";
import { portal as portalIt } from "./it/portal";
import { portalAreas as portalAreasIt } from "./it/portal-areas";
import { selfCheck as selfCheckIt } from "./it/self-check";

const it = { portal: portalIt, portalAreas: portalAreasIt, selfCheck: selfCheckIt } as const;

/** The public portal's copy: Italian, and an English translation of the same shape. */
export type PortalMessages = Widen<typeof it>;

const en: PortalMessages = { portal: portalEn, portalAreas: portalAreasEn, selfCheck: selfCheckEn };

export function portalCopy(locale: Locale): PortalMessages {
  return locale === "en" ? en : it;
}
