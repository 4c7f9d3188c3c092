import { describe, expect, it } from "vitest";
import { addDays, daysBetween, romeDate } from "./dates";
import { observationWindowEnds, suspensionDays, termStatus } from "./procedure";

const base = {
  filedOn: "2026-03-02",
  termDays: 30,
  suspendedDays: 0,
  suspension: null,
  decided: false,
};

describe("dates", () => {
  it("adds days across months and leap years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-03-02", "2026-04-01")).toBe(30);
    expect(daysBetween("2026-04-01", "2026-03-02")).toBe(-30);
  });
  it("reads the Italian date at an instant", () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Rome.
    expect(romeDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});

describe("term of the procedure", () => {
  it("is due term days after filing, and overdue the day after", () => {
    expect(termStatus(base, "2026-04-01")).toEqual({
      dueOn: "2026-04-01",
      daysLeft: 0,
      overdue: false,
      suspended: false,
    });
    expect(termStatus(base, "2026-04-02").overdue).toBe(true);
    expect(termStatus(base, "2026-04-02").daysLeft).toBe(-1);
  });

  it("stops while an integrazione is awaited, at most 30 days", () => {
    const suspended = {
      ...base,
      suspension: { kind: "integrazione" as const, since: "2026-03-12" },
    };
    const during = termStatus(suspended, "2026-04-05");
    expect(during.suspended).toBe(true);
    expect(during.overdue).toBe(false);
    // 39 days since: capped at 30, the clock runs again and the due date moved by 30 days.
    const after = termStatus(suspended, "2026-05-05");
    expect(after.suspended).toBe(false);
    expect(after.dueOn).toBe("2026-05-01");
    expect(after.overdue).toBe(true);
  });

  it("adds the suspended days once the reply arrives", () => {
    const resumed = {
      ...base,
      suspendedDays: suspensionDays("integrazione", "2026-03-12", "2026-03-20"),
    };
    expect(resumed.suspendedDays).toBe(8);
    expect(termStatus(resumed, "2026-04-05").dueOn).toBe("2026-04-09");
  });

  it("gives 10 days for observations after a preavviso", () => {
    expect(observationWindowEnds("2026-03-20")).toBe("2026-03-30");
    expect(suspensionDays("preavviso", "2026-03-20", "2026-05-01")).toBe(10);
  });

  it("has no running term once decided", () => {
    const s = termStatus({ ...base, decided: true }, "2027-01-01");
    expect(s.overdue).toBe(false);
    expect(s.daysLeft).toBeNull();
  });
});
