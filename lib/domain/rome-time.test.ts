import { describe, expect, it } from "vitest";
import { fromRomeLocal, toRomeLocal } from "./rome-time";

describe("Italian wall-clock times", () => {
  it("read summer and winter times with their offsets", () => {
    expect(fromRomeLocal("2026-07-01T10:30")?.toISOString()).toBe("2026-07-01T08:30:00.000Z");
    expect(fromRomeLocal("2026-01-15T10:30")?.toISOString()).toBe("2026-01-15T09:30:00.000Z");
    expect(toRomeLocal(new Date("2026-07-01T08:30:00Z"))).toBe("2026-07-01T10:30");
  });

  it("refuse what is not a time", () => {
    expect(fromRomeLocal("2026-02-30T10:00")).toBeNull();
    expect(fromRomeLocal("2026-01-15 10:30")).toBeNull();
    expect(fromRomeLocal("2026-01-15T25:00")).toBeNull();
  });

  it("take the hour skipped in spring as a real instant", () => {
    expect(fromRomeLocal("2026-03-29T02:30")).toBeInstanceOf(Date);
  });

  it("take the first of the two 02:30 of the autumn change", () => {
    expect(fromRomeLocal("2026-10-25T02:30")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(toRomeLocal(new Date("2026-10-25T01:30:00Z"))).toBe("2026-10-25T02:30");
  });

  it("round-trip every quarter hour of a year", () => {
    for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 15 * 60_000) {
      const local = toRomeLocal(new Date(at));
      const back = fromRomeLocal(local);
      expect(back && toRomeLocal(back)).toBe(local);
    }
  });
});
