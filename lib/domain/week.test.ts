import { describe, expect, it } from "vitest";
import { romeInstant, romeTime } from "@/lib/domain/rome-time";
import {
  dayIndexInWeek,
  dayRange,
  weekDays,
  weekFromParam,
  weekRange,
  weekStartOf,
} from "@/lib/domain/week";

describe("weeks in Europe/Rome", () => {
  it("finds the Monday of any day, Sundays included", () => {
    expect(weekStartOf("2026-11-23")).toBe("2026-11-23");
    expect(weekStartOf("2026-11-27")).toBe("2026-11-23");
    expect(weekStartOf("2026-11-29")).toBe("2026-11-23");
    expect(weekStartOf("2026-11-30")).toBe("2026-11-30");
    expect(weekStartOf("2027-01-01")).toBe("2026-12-28");
  });

  it("lists seven days from Monday to Sunday, across a month end", () => {
    expect(weekDays("2026-11-30")).toEqual([
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
  });

  it("reads wall-clock times with the offset of their own date", () => {
    expect(romeInstant("2026-01-15", "09:30").toISOString()).toBe("2026-01-15T08:30:00.000Z");
    expect(romeInstant("2026-07-15", "09:30").toISOString()).toBe("2026-07-15T07:30:00.000Z");
    expect(romeTime(new Date("2026-07-15T07:30:00Z"))).toBe("09:30");
    expect(romeTime(new Date("2026-01-15T23:15:00Z"))).toBe("00:15");
  });

  it("gives the spring-forward week 167 hours and the autumn one 169", () => {
    // 2026: summer time starts on Sunday 29 March, ends on Sunday 25 October.
    const spring = weekRange("2026-03-23");
    expect(spring.from.toISOString()).toBe("2026-03-22T23:00:00.000Z");
    expect(spring.to.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect((spring.to.getTime() - spring.from.getTime()) / 3_600_000).toBe(167);
    const autumn = weekRange("2026-10-19");
    expect(autumn.from.toISOString()).toBe("2026-10-18T22:00:00.000Z");
    expect(autumn.to.toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect((autumn.to.getTime() - autumn.from.getTime()) / 3_600_000).toBe(169);
  });

  it("handles the missing and the repeated hour of the change days", () => {
    // 02:30 does not exist on 29 March: read one hour later, 03:30 CEST.
    expect(romeInstant("2026-03-29", "02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(romeInstant("2026-03-29", "03:00").toISOString()).toBe("2026-03-29T01:00:00.000Z");
    // 02:30 happens twice on 25 October: the first one, still CEST.
    expect(romeInstant("2026-10-25", "02:30").toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(romeInstant("2026-10-25", "12:00").toISOString()).toBe("2026-10-25T11:00:00.000Z");
    const day = dayRange("2026-10-25");
    expect((day.to.getTime() - day.from.getTime()) / 3_600_000).toBe(25);
  });

  it("places an instant in its Rome day of the week, not its UTC day", () => {
    // 23:30 UTC on Sunday 22 March is 00:30 on Monday 23 March in Rome.
    expect(dayIndexInWeek("2026-03-23", new Date("2026-03-22T23:30:00Z"))).toBe(0);
    expect(dayIndexInWeek("2026-03-23", new Date("2026-03-29T21:59:00Z"))).toBe(6);
    expect(dayIndexInWeek("2026-03-23", new Date("2026-03-29T22:00:00Z"))).toBe(7);
  });

  it("reads the week parameter, falling back to the current week on anything else", () => {
    const now = new Date("2026-11-27T10:00:00Z");
    expect(weekFromParam("2026-11-25", now)).toBe("2026-11-23");
    expect(weekFromParam(undefined, now)).toBe("2026-11-23");
    expect(weekFromParam("2026-02-30", now)).toBe("2026-11-23");
    expect(weekFromParam("<script>", now)).toBe("2026-11-23");
    // Late Sunday evening in UTC is already Monday in Rome.
    expect(weekFromParam(undefined, new Date("2026-11-29T22:30:00Z"))).toBe("2026-11-23");
    expect(weekFromParam(undefined, new Date("2026-11-29T23:30:00Z"))).toBe("2026-11-30");
  });

  it("refuses impossible times", () => {
    expect(() => romeInstant("2026-01-01", "24:00")).toThrow(RangeError);
    expect(() => romeInstant("2026-13-01", "10:00")).toThrow(RangeError);
  });
});
