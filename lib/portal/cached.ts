import "server-only";
import { revalidateTag, unstable_cache, updateTag } from "next/cache";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import {
  findPortalAmbito,
  getPortalCatalogue,
  listPortalComuni,
  listPortalDocuments,
  listPortalOffices,
  type PortalAmbito,
} from "@/lib/data/portal";
import { romeDate } from "@/lib/domain/dates";
import { readEnv } from "@/lib/env";

/**
 * The portal's reads through Next's data cache: every public page renders per request (each
 * carries its CSP nonce), but its data comes from the cache. Keys carry the ambito's id, so a
 * new database never meets old entries; the administrator's edits expire their tag at once
 * (refreshPortal, from the server actions), the catalogue also ages out within minutes since
 * bandi change through several paths.
 */

const CATALOGUE_SECONDS = 300;
const CONTENT_SECONDS = 3600;

export const PORTAL_TAGS = {
  offices: (ambitoId: string) => `portal:${ambitoId}:offices`,
  documents: (ambitoId: string) => `portal:${ambitoId}:documents`,
  catalogue: (ambitoId: string) => `portal:${ambitoId}:catalogue`,
} as const;

let ambito: Promise<PortalAmbito | null> | undefined;

/** The ambito the portal serves (PORTAL_AMBITO, or the only one); 404 when there is none. */
export async function portalAmbito(): Promise<PortalAmbito> {
  ambito ??= findPortalAmbito(db(), readEnv().PORTAL_AMBITO).catch((e) => {
    ambito = undefined;
    throw e;
  });
  const found = await ambito;
  if (!found) {
    ambito = undefined;
    notFound();
  }
  return found;
}

export function cachedComuni(ambitoId: string) {
  return unstable_cache(() => listPortalComuni(db(), ambitoId), ["portal-comuni", ambitoId], {
    revalidate: CONTENT_SECONDS,
  })();
}

export function cachedOffices(ambitoId: string) {
  return unstable_cache(() => listPortalOffices(db(), ambitoId), ["portal-offices", ambitoId], {
    tags: [PORTAL_TAGS.offices(ambitoId)],
    revalidate: CONTENT_SECONDS,
  })();
}

export function cachedDocuments(ambitoId: string) {
  return unstable_cache(() => listPortalDocuments(db(), ambitoId), ["portal-documents", ambitoId], {
    tags: [PORTAL_TAGS.documents(ambitoId)],
    revalidate: CONTENT_SECONDS,
  })();
}

/** The catalogue and the bandi open today (Italian time): the day is part of the key. */
export function cachedCatalogue(ambitoId: string) {
  const today = romeDate(new Date());
  return unstable_cache(
    () => getPortalCatalogue(db(), ambitoId, today),
    ["portal-catalogue", ambitoId, today],
    { tags: [PORTAL_TAGS.catalogue(ambitoId)], revalidate: CATALOGUE_SECONDS },
  )();
}

/** From a server action, after a write: the next public request reads fresh data. */
export function refreshPortal(ambitoId: string, what: keyof typeof PORTAL_TAGS) {
  updateTag(PORTAL_TAGS[what](ambitoId));
}

/** From a route handler, where updateTag is not available: expire at once, no stale answers. */
export function expirePortal(ambitoId: string, what: keyof typeof PORTAL_TAGS) {
  revalidateTag(PORTAL_TAGS[what](ambitoId), { expire: 0 });
}
