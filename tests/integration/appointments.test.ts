import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createAppointment,
  listCaseAppointments,
  listTodayAppointments,
  listWeek,
  setAppointmentStatus,
  updateAppointment,
} from "@/lib/data/appointments";
import { openCase } from "@/lib/data/cases";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { createPerson } from "@/lib/data/persons";
import { romeDate } from "@/lib/domain/dates";
import { romeTime } from "@/lib/domain/rome-time";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { personInput } from "../support/fixtures";

const fieldErrors = async (p: Promise<unknown>) => {
  const e = await p.catch((x) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).fieldErrors;
};

describe.each(DRIVERS)("appointments on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let paviaCase = "";
  let cavaCase = "";
  const db = () => t.handle.db;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    const p = await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"));
    paviaCase = (await openCase(db(), a.asPavia, p.id, { area: "anziani" })).id;
    const c = await createPerson(db(), a.asCava, await personInput(db(), "Cava Manara"));
    cavaCase = (await openCase(db(), a.asCava, c.id, { area: "anziani" })).id;
  });
  afterAll(async () => t?.close());

  it("schedules a home visit on a cartella and shows it in the week with the person's name", async () => {
    const { id } = await createAppointment(db(), a.asPavia, {
      tipo: "visita_domiciliare",
      data: "2031-12-02",
      oraInizio: "10:00",
      oraFine: "11:00",
      caseId: paviaCase,
      luogo: "Domicilio",
    });
    const week = await listWeek(db(), a.asPavia, { weekStart: "2031-12-02" });
    expect(week.monday).toBe("2031-12-01");
    const item = week.items.find((i) => i.id === id);
    expect(item).toMatchObject({
      tipo: "visita_domiciliare",
      caseId: paviaCase,
      stato: "programmato",
    });
    // Surname first, as the fixtures name test persons (T…est).
    expect(item?.persona).toMatch(/^T[a-z]+est Pr/);
    expect(romeTime(item?.inizio as Date)).toBe("10:00");
    expect(item?.inizio.toISOString()).toBe("2031-12-02T09:00:00.000Z");
    const ofCase = await listCaseAppointments(db(), a.asPavia, paviaCase);
    expect(ofCase.items.map((i) => i.id)).toContain(id);
    expect(ofCase.canSchedule).toBe(true);
    expect((await listCaseAppointments(db(), a.coordinatore, paviaCase)).canSchedule).toBe(false);
    // The coordinator looks at the worker's week.
    const seen = await listWeek(db(), a.coordinatore, {
      weekStart: "2031-12-01",
      operatoreId: a.asPavia.id,
    });
    expect(seen.items.map((i) => i.id)).toContain(id);
  });

  it("refuses a double booking of the same worker, naming the clash", async () => {
    await createAppointment(db(), a.asPavia, {
      tipo: "colloquio",
      data: "2031-12-03",
      oraInizio: "09:00",
      oraFine: "10:00",
    });
    const errors = await fieldErrors(
      createAppointment(db(), a.asPavia, {
        tipo: "visita_domiciliare",
        data: "2031-12-03",
        oraInizio: "09:30",
        oraFine: "10:30",
        caseId: paviaCase,
      }),
    );
    expect(errors.oraInizio?.[0]).toContain("dalle 09:00 alle 10:00");
    // Back to back is not a clash.
    await expect(
      createAppointment(db(), a.asPavia, {
        tipo: "riunione",
        data: "2031-12-03",
        oraInizio: "10:00",
        oraFine: "10:30",
      }),
    ).resolves.toHaveProperty("id");
  });

  it("frees the slot when an appointment is cancelled, and edits only programmed ones", async () => {
    const { id } = await createAppointment(db(), a.asPavia, {
      tipo: "colloquio",
      data: "2031-12-04",
      oraInizio: "15:00",
      oraFine: "16:00",
    });
    const moved = { tipo: "colloquio", data: "2031-12-04", oraInizio: "15:30", oraFine: "16:30" };
    await updateAppointment(db(), a.asPavia, id, moved);
    await setAppointmentStatus(db(), a.asPavia, id, { stato: "annullato" });
    await expect(
      createAppointment(db(), a.asPavia, { ...moved, tipo: "riunione" }),
    ).resolves.toHaveProperty("id");
    await expect(updateAppointment(db(), a.asPavia, id, moved)).rejects.toThrow(/annullato/);
  });

  it("wants the end after the start and at most 12 hours", async () => {
    const base = { tipo: "colloquio", data: "2031-12-07" };
    expect(
      (
        await fieldErrors(
          createAppointment(db(), a.asPavia, { ...base, oraInizio: "11:00", oraFine: "10:00" }),
        )
      ).oraFine,
    ).toBeDefined();
    expect(
      (
        await fieldErrors(
          createAppointment(db(), a.asPavia, { ...base, oraInizio: "07:00", oraFine: "20:00" }),
        )
      ).oraFine?.[0],
    ).toMatch(/12 ore/);
    expect(
      (
        await fieldErrors(
          createAppointment(db(), a.asPavia, {
            ...base,
            data: "2026-02-30",
            oraInizio: "07:00",
            oraFine: "08:00",
          }),
        )
      ).data,
    ).toBeDefined();
  });

  it("keeps other comuni out: no cartella, no worker, no appointment of theirs", async () => {
    expect(
      (
        await fieldErrors(
          createAppointment(db(), a.asPavia, {
            tipo: "visita_domiciliare",
            data: "2031-12-08",
            oraInizio: "10:00",
            oraFine: "11:00",
            caseId: cavaCase,
          }),
        )
      ).caseId,
    ).toBeDefined();
    expect(
      (
        await fieldErrors(
          createAppointment(db(), a.asPavia, {
            tipo: "colloquio",
            data: "2031-12-08",
            oraInizio: "10:00",
            oraFine: "11:00",
            operatoreId: a.asCava.id,
          }),
        )
      ).operatoreId,
    ).toBeDefined();
    const { id } = await createAppointment(db(), a.asCava, {
      tipo: "visita_domiciliare",
      data: "2031-12-08",
      oraInizio: "10:00",
      oraFine: "11:00",
      caseId: cavaCase,
    });
    await expect(
      setAppointmentStatus(db(), a.asPavia, id, { stato: "svolto" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCaseAppointments(db(), a.asPavia, cavaCase)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const peek = await listWeek(db(), a.asPavia, {
      weekStart: "2031-12-07",
      operatoreId: a.asCava.id,
    });
    expect(peek.items).toEqual([]);
    await expect(listWeek(db(), a.comunePavia, { weekStart: "2031-12-07" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      createAppointment(db(), a.coordinatore, {
        tipo: "riunione",
        data: "2031-12-08",
        oraInizio: "12:00",
        oraFine: "13:00",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("bounds the week at Rome midnights across the DST changes", async () => {
    // Sunday 29 March 2026 23:30 and Monday 30 March 00:30 (CEST): two different weeks.
    const late = await createAppointment(db(), a.asPavia, {
      tipo: "altro",
      data: "2026-03-29",
      oraInizio: "23:00",
      oraFine: "23:30",
    });
    const early = await createAppointment(db(), a.asPavia, {
      tipo: "altro",
      data: "2026-03-30",
      oraInizio: "00:00",
      oraFine: "00:30",
    });
    const first = await listWeek(db(), a.asPavia, { weekStart: "2026-03-23" });
    const second = await listWeek(db(), a.asPavia, { weekStart: "2026-03-30" });
    expect(first.items.map((i) => i.id)).toContain(late.id);
    expect(first.items.map((i) => i.id)).not.toContain(early.id);
    expect(second.items.map((i) => i.id)).toContain(early.id);
    // The autumn Sunday has 25 hours: 23:30 on 25 October is still that week.
    const autumn = await createAppointment(db(), a.asPavia, {
      tipo: "altro",
      data: "2026-10-25",
      oraInizio: "23:00",
      oraFine: "23:45",
    });
    const octWeek = await listWeek(db(), a.asPavia, { weekStart: "2026-10-19" });
    expect(octWeek.items.map((i) => i.id)).toContain(autumn.id);
    expect(
      (await listWeek(db(), a.asPavia, { weekStart: "2026-10-26" })).items.map((i) => i.id),
    ).not.toContain(autumn.id);
  });

  it("lists today's own appointments, cancelled ones left out", async () => {
    const now = new Date("2031-12-09T08:00:00Z");
    const today = romeDate(now);
    const kept = await createAppointment(db(), a.asPavia, {
      tipo: "colloquio",
      data: today,
      oraInizio: "13:00",
      oraFine: "14:00",
    });
    const dropped = await createAppointment(db(), a.asPavia, {
      tipo: "colloquio",
      data: today,
      oraInizio: "15:00",
      oraFine: "16:00",
    });
    await setAppointmentStatus(db(), a.asPavia, dropped.id, { stato: "annullato" });
    const list = await listTodayAppointments(db(), a.asPavia, now);
    expect(list.map((i) => i.id)).toEqual([kept.id]);
    expect(await listTodayAppointments(db(), a.asCava, now)).toEqual([]);
  });
});
