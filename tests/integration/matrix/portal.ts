import {
  listOfficesForAdmin,
  listOfficialDocumentsForAdmin,
  saveOffice,
  uploadOfficialDocument,
  withdrawOfficialDocument,
} from "@/lib/data/portal-admin";
import { seedStore } from "../../support/db";
import { tinyPdf } from "../../support/files";
import type { Op, World } from "../../support/matrix";

const OFFICE = {
  nome: "Sportello della matrice",
  indirizzo: "Via Matrice 1, 27100 Pavia",
  orari: [{ giorno: 2, dalle: "09:00", alle: "12:00" }],
};

/** A document the administrator has just published, for the withdrawal. */
async function publishedDocument(w: World): Promise<string> {
  const doc = await uploadOfficialDocument(
    w.db,
    w.a.admin,
    { titolo: "Documento della matrice", file: { name: "matrice.pdf", bytes: tinyPdf() } },
    { store: seedStore },
  );
  return doc.id;
}

/** The public portal's content: offices with hours and official documents (portal.manage). */
export const PORTAL_OPS: Op[] = [
  {
    name: "listOfficesForAdmin",
    onRecord: false,
    permission: "portal.manage",
    run: (w, actor) => listOfficesForAdmin(w.db, actor),
  },
  {
    name: "saveOffice",
    onRecord: false,
    permission: "portal.manage",
    run: (w, actor) => saveOffice(w.db, actor, null, OFFICE),
  },
  {
    name: "listOfficialDocumentsForAdmin",
    onRecord: false,
    permission: "portal.manage",
    run: (w, actor) => listOfficialDocumentsForAdmin(w.db, actor),
  },
  {
    name: "uploadOfficialDocument",
    onRecord: false,
    permission: "portal.manage",
    run: (w, actor) =>
      uploadOfficialDocument(
        w.db,
        actor,
        { titolo: "Atto della matrice", file: { name: "atto.pdf", bytes: tinyPdf() } },
        { store: seedStore },
      ),
  },
  {
    name: "withdrawOfficialDocument",
    onRecord: false,
    permission: "portal.manage",
    run: async (w, actor) => withdrawOfficialDocument(w.db, actor, await publishedDocument(w)),
  },
];
