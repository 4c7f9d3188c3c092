import { describe, expect, it } from "vitest";
import { passwordProblems } from "./password-policy";

describe("passwordProblems", () => {
  it("accepts a long passphrase of any characters", () => {
    expect(passwordProblems("cavallo batteria graffetta")).toEqual([]);
    expect(passwordProblems("ñandú-über-Ärger-✓")).toEqual([]);
  });

  it("refuses short and overlong passwords, counting characters not bytes", () => {
    expect(passwordProblems("abcdefghijk")).toHaveLength(1);
    expect(passwordProblems("àèìòùàèìòùàè")).toEqual([]);
    expect(passwordProblems("x".repeat(129))[0]).toContain("128");
    expect(passwordProblems("x".repeat(128))).toEqual([]);
  });

  it("refuses common passwords from the registry list, whatever the case", () => {
    expect(passwordProblems("password1234")[0]).toContain("più usate");
    expect(passwordProblems("QWERTYUIOP12")[0]).toContain("più usate");
  });

  it("refuses a password containing the e-mail's name", () => {
    expect(
      passwordProblems("chiara.valli-2026!", { email: "chiara.valli@pdz-pavia.example" }),
    ).toHaveLength(1);
  });
});
