import { and, asc, eq, inArray } from "drizzle-orm";
import type { AppointmentKind } from "@/lib/domain/case-file";
import { addDays, romeDate } from "@/lib/domain/dates";
import { romeInstant } from "@/lib/domain/rome-time";
import { weekStartOf } from "@/lib/domain/week";
import type { Db } from "./client";
import * as s from "./schema";

type Slot = {
  day: number | "today";
  from: string;
  to: string;
  tipo: AppointmentKind;
  onCase: boolean;
  luogo: string;
};

// Days are offsets from Monday of the current week; "today" is today, whatever the weekday.
const PAVIA: Slot[] = [
  {
    day: "today",
    from: "09:30",
    to: "10:30",
    tipo: "visita_domiciliare",
    onCase: true,
    luogo: "Domicilio",
  },
  {
    day: "today",
    from: "15:00",
    to: "15:45",
    tipo: "colloquio",
    onCase: true,
    luogo: "Sportello sociale, Piazza del Municipio 2",
  },
  {
    day: 0,
    from: "11:00",
    to: "12:00",
    tipo: "colloquio",
    onCase: true,
    luogo: "Sportello sociale",
  },
  {
    day: 2,
    from: "14:00",
    to: "16:00",
    tipo: "riunione",
    onCase: false,
    luogo: "Ufficio di Piano, sala riunioni",
  },
  {
    day: 3,
    from: "10:00",
    to: "11:00",
    tipo: "visita_domiciliare",
    onCase: true,
    luogo: "Domicilio",
  },
  {
    day: 4,
    from: "12:00",
    to: "12:30",
    tipo: "altro",
    onCase: false,
    luogo: "Telefonata con il CPS",
  },
];
const CAVA: Slot[] = [
  {
    day: 1,
    from: "09:00",
    to: "10:00",
    tipo: "visita_domiciliare",
    onCase: true,
    luogo: "Domicilio",
  },
  {
    day: 3,
    from: "14:30",
    to: "15:30",
    tipo: "colloquio",
    onCase: true,
    luogo: "Municipio di Cava Manara",
  },
];

/**
 * A week of appointments relative to today (Europe/Rome) for the two demo workers, on
 * their own open cartelle: today's show on their desk, the rest in the agenda.
 */
export async function seedCalendar(
  tx: Db,
  ambitoId: string,
  now: Date = new Date(),
): Promise<number> {
  const today = romeDate(now);
  const monday = weekStartOf(today);
  const workers = await tx
    .select({ id: s.users.id, email: s.users.email })
    .from(s.users)
    .where(
      inArray(s.users.email, ["as.pavia@pdz-pavia.example", "as.cavamanara@pdz-pavia.example"]),
    );
  const rows: (typeof s.appointments.$inferInsert)[] = [];
  for (const w of workers) {
    const slots = w.email.startsWith("as.pavia") ? PAVIA : CAVA;
    const open = await tx
      .select({ id: s.cases.id, comuneId: s.cases.comuneId })
      .from(s.cases)
      .where(and(eq(s.cases.operatoreId, w.id), eq(s.cases.stato, "aperta")))
      .orderBy(asc(s.cases.apertaIl), asc(s.cases.id))
      .limit(slots.length);
    const [first] = open;
    if (!first) continue;
    slots.forEach((slot, i) => {
      const date = slot.day === "today" ? today : addDays(monday, slot.day);
      // A weekly slot falling on today would clash with today's own: it moves a week on.
      const day = slot.day !== "today" && date === today ? addDays(date, 7) : date;
      const kase = open[i % open.length] ?? first;
      rows.push({
        ambitoId,
        comuneId: kase.comuneId,
        operatoreId: w.id,
        caseId: slot.onCase ? kase.id : null,
        tipo: slot.tipo,
        inizio: romeInstant(day, slot.from),
        fine: romeInstant(day, slot.to),
        luogo: slot.luogo,
        creatoDa: w.id,
      });
    });
  }
  if (rows.length) await tx.insert(s.appointments).values(rows);
  return rows.length;
}
