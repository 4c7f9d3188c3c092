import type { PortalMessages } from "../portal";

/** The target areas' objectives on the public portal (English). */
export const portalAreas: PortalMessages["portalAreas"] = {
  anziani: [
    "Help frail older people, and those who care for them, to stay at home.",
    "Join social and health home care, meals and emergency alarms.",
    "Prevent isolation with social activities in every municipality.",
  ],
  disabili: [
    "Support families who care at home for a person with a severe disability.",
    "Ensure access to day centres, transport and independent-living projects.",
    "Help people with disabilities into work.",
  ],
  salute_mentale: [
    "Work with psychiatric services on social inclusion projects.",
    "Support housing and work for people followed by mental health services.",
  ],
  minori: [
    "Support parents and prevent children from being removed from their family.",
    "Ensure child protection, foster care and home educational support.",
    "Support families with children in economic hardship.",
  ],
  immigrazione: [
    "Ease access to services with language and cultural mediation.",
    "Support learning Italian and the school integration of children.",
  ],
  adulti_difficolta: [
    "Fight poverty with allowances, guidance and support into work.",
    "Respond to housing emergencies and severe marginalisation.",
  ],
  trasversali: [
    "One uniform way into services in every municipality of the district (social information desk).",
    "Common, public criteria for access and co-payment.",
    "Monitoring and evaluation of results, with data shared among municipalities.",
    "Steady collaboration with the third sector, the trade unions and the health agency.",
  ],
};
