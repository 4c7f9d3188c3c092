import { describe, expect, it } from "vitest";
import { ageInYears } from "./eligibility";
import { applicantFromAnswers, birthDateForAge, declarationsOf } from "./self-check";

describe("self-check", () => {
  it("turns an age into a birth date of exactly that age today, also on 29 February", () => {
    expect(birthDateForAge(70, "2026-05-10")).toBe("1956-05-10");
    expect(ageInYears(birthDateForAge(70, "2026-05-10"), "2026-05-10")).toBe(70);
    expect(birthDateForAge(1, "2028-02-29")).toBe("2027-02-28");
    expect(ageInYears(birthDateForAge(1, "2028-02-29"), "2028-02-29")).toBe(1);
  });

  it("answers every declaration a bando asks: ticked yes, the others no", () => {
    const rules = [
      { type: "declaration" as const, id: "a", text: "A" },
      { type: "declaration" as const, id: "b", text: "B" },
      { type: "declaration" as const, id: "a", text: "A again" },
    ];
    expect(declarationsOf(rules)).toEqual([
      { id: "a", text: "A" },
      { id: "b", text: "B" },
    ]);
    const applicant = applicantFromAnswers(
      {
        comuneId: null,
        age: 30,
        isee: { kind: "ordinario", value: 5000 },
        disabilities: null,
        livesAtHome: null,
        receiving: [],
        declarations: ["b"],
      },
      "2026-05-10",
      ["c1"],
      rules,
    );
    expect(applicant.declarations).toEqual({ a: false, b: true });
    expect(applicant.iseeAttestations).toEqual([
      { kind: "ordinario", value: 5000, filedOn: "2026-05-10", expiresOn: "2026-12-31" },
    ]);
  });
});
