import {
  createAppointment,
  listCalendarWorkers,
  listCaseAppointments,
  listSchedulableCases,
  listTodayAppointments,
  listWeek,
  setAppointmentStatus,
  updateAppointment,
} from "@/lib/data/appointments";
import { openCase } from "@/lib/data/cases";
import {
  finishImport,
  getImport,
  getImportReport,
  importBatch,
  listImportComuni,
  listRecentImports,
  startImport,
} from "@/lib/data/registry-import";
import { addDays } from "@/lib/domain/dates";
import { type Op, OWNER, personOf, type Target, type World } from "../../support/matrix";

// Every appointment on its own day, far ahead, so that no two of them ever overlap.
let day = 0;
const slot = (caseId?: string) => ({
  tipo: "colloquio",
  data: addDays("2040-01-01", day++),
  oraInizio: "10:00",
  oraFine: "11:00",
  caseId,
});

async function caseOf(w: World, t: Target) {
  const person = await personOf(w, t);
  return (await openCase(w.db, w.a[OWNER[t].actor], person.id, { area: "anziani" })).id;
}

async function appointmentOf(w: World, t: Target) {
  return createAppointment(w.db, w.a[OWNER[t].actor], slot(await caseOf(w, t)));
}

async function importOf(w: World, t: Target) {
  return startImport(w.db, w.a[OWNER[t].actor], {
    comuneId: w.comune[t],
    nomeFile: "m.csv",
    righeTotali: 1,
  });
}

/** Calendar and anagrafe import: each data function, allowed and denied by role and comune. */
export const CALENDAR_IMPORT_OPS: Op[] = [
  {
    name: "createAppointment",
    onRecord: true,
    permission: "appointment.write",
    deniedAsFieldError: true,
    run: async (w, actor, t) => createAppointment(w.db, actor, slot(await caseOf(w, t))),
  },
  {
    name: "updateAppointment",
    onRecord: true,
    permission: "appointment.write",
    run: async (w, actor, t) =>
      updateAppointment(w.db, actor, (await appointmentOf(w, t)).id, {
        ...slot(),
        tipo: "riunione",
      }),
  },
  {
    name: "setAppointmentStatus",
    onRecord: true,
    permission: "appointment.write",
    run: async (w, actor, t) =>
      setAppointmentStatus(w.db, actor, (await appointmentOf(w, t)).id, { stato: "svolto" }),
  },
  {
    name: "listCaseAppointments",
    onRecord: true,
    permission: "appointment.read",
    run: async (w, actor, t) => listCaseAppointments(w.db, actor, await caseOf(w, t)),
  },
  {
    name: "listWeek",
    onRecord: false,
    permission: "appointment.read",
    run: (w, actor) => listWeek(w.db, actor, { weekStart: "2040-01-02" }),
  },
  {
    name: "listTodayAppointments",
    onRecord: false,
    permission: "appointment.read",
    run: (w, actor) => listTodayAppointments(w.db, actor),
  },
  {
    name: "listCalendarWorkers",
    onRecord: false,
    permission: "appointment.read",
    run: (w, actor) => listCalendarWorkers(w.db, actor),
  },
  {
    name: "listSchedulableCases",
    onRecord: false,
    permission: "appointment.write",
    run: (w, actor) => listSchedulableCases(w.db, actor),
  },
  {
    name: "startImport",
    onRecord: true,
    permission: "registry.import",
    deniedAsFieldError: true,
    run: (w, actor, t) =>
      startImport(w.db, actor, { comuneId: w.comune[t], nomeFile: "m.csv", righeTotali: 1 }),
  },
  {
    name: "importBatch",
    onRecord: true,
    permission: "registry.import",
    run: async (w, actor, t) =>
      importBatch(w.db, actor, (await importOf(w, t)).id, {
        primaRiga: 2,
        righe: [{ cognome: "X" }],
      }),
  },
  {
    name: "finishImport",
    onRecord: true,
    permission: "registry.import",
    run: async (w, actor, t) => finishImport(w.db, actor, (await importOf(w, t)).id),
  },
  {
    name: "getImport",
    onRecord: true,
    permission: "registry.import",
    run: async (w, actor, t) => getImport(w.db, actor, (await importOf(w, t)).id),
  },
  {
    name: "getImportReport",
    onRecord: true,
    permission: "registry.import",
    run: async (w, actor, t) => getImportReport(w.db, actor, (await importOf(w, t)).id),
  },
  {
    name: "listImportComuni",
    onRecord: false,
    permission: "registry.import",
    run: (w, actor) => listImportComuni(w.db, actor),
  },
  {
    name: "listRecentImports",
    onRecord: false,
    permission: "registry.import",
    run: (w, actor) => listRecentImports(w.db, actor),
  },
];
