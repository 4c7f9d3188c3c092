import { addDiaryEntry, editDiaryEntry, listDiary, listEntryVersions } from "@/lib/data/diary";
import {
  listPersonDocuments,
  openPersonDocument,
  uploadPersonDocument,
} from "@/lib/data/person-documents";
import { personWithCase } from "../../support/diary";
import { MemoryStore, tinyPdf } from "../../support/files";
import { type Op, OWNER, type Target, type World } from "../../support/matrix";

const store = new MemoryStore();
const ENTRY = {
  tipo: "telefonata",
  avvenutoIl: new Date(Date.now() - 3_600_000).toISOString(),
  testo: "Telefonata della matrice.",
};

const caseOf = (w: World, t: Target) => personWithCase(w.db, w.a[OWNER[t].actor], OWNER[t].comune);

async function entryOf(w: World, t: Target) {
  const { caseId } = await caseOf(w, t);
  return addDiaryEntry(w.db, w.a[OWNER[t].actor], caseId, ENTRY);
}

async function documentOf(w: World, t: Target) {
  const { personId } = await caseOf(w, t);
  return uploadPersonDocument(
    w.db,
    w.a[OWNER[t].actor],
    personId,
    { titolo: "Matrice", file: { name: "m.pdf", bytes: tinyPdf() } },
    { store },
  );
}

/** The diario sociale and the person's documents. */
export const DIARY_DOCUMENT_OPS: Op[] = [
  {
    name: "listDiary",
    onRecord: true,
    permission: "case.diary.read",
    run: async (w, actor, t) => listDiary(w.db, actor, (await caseOf(w, t)).caseId),
  },
  {
    name: "addDiaryEntry",
    onRecord: true,
    permission: "case.diary.write",
    run: async (w, actor, t) => addDiaryEntry(w.db, actor, (await caseOf(w, t)).caseId, ENTRY),
  },
  {
    name: "editDiaryEntry",
    onRecord: true,
    permission: "case.diary.write",
    run: async (w, actor, t) =>
      editDiaryEntry(w.db, actor, (await entryOf(w, t)).id, { testo: "Corretta.", versione: 1 }),
  },
  {
    name: "listEntryVersions",
    onRecord: true,
    permission: "case.diary.read",
    run: async (w, actor, t) => listEntryVersions(w.db, actor, (await entryOf(w, t)).id),
  },
  {
    name: "listPersonDocuments",
    onRecord: true,
    permission: "person.document.read",
    run: async (w, actor, t) =>
      listPersonDocuments(w.db, actor, { personId: (await caseOf(w, t)).personId }),
  },
  {
    name: "listPersonDocuments(cartella)",
    onRecord: true,
    permission: "person.document.read",
    run: async (w, actor, t) =>
      listPersonDocuments(w.db, actor, { caseId: (await caseOf(w, t)).caseId }),
  },
  {
    name: "uploadPersonDocument",
    onRecord: true,
    permission: "person.document.write",
    run: async (w, actor, t) =>
      uploadPersonDocument(
        w.db,
        actor,
        (await caseOf(w, t)).personId,
        { titolo: "Matrice", file: { name: "m.pdf", bytes: tinyPdf() } },
        { store },
      ),
  },
  {
    name: "openPersonDocument",
    onRecord: true,
    permission: "person.document.read",
    run: async (w, actor, t) =>
      openPersonDocument(w.db, actor, (await documentOf(w, t)).id, { store }),
  },
];
