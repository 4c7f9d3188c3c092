import { describe, expect, it } from "vitest";
import {
  checkCharacter,
  checkCodiceFiscaleConsistency,
  computeCodiceFiscale,
  looksLikeCodiceFiscale,
  parseCodiceFiscale,
} from "./codice-fiscale";

/** Appends the correct check character to 15 characters. */
function withCheck(first15: string): string {
  return first15 + checkCharacter(first15);
}

// 1-based positions that may become omocodic letters, from the right.
const OMOCODIC_POSITIONS_FROM_RIGHT = [15, 14, 13, 11, 10, 8, 7];
const OMOCODIC_LETTERS = "LMNPQRSTUV";

/** Replaces the rightmost `count` digits with their omocodic letters and recomputes the check character. */
function omocodic(code: string, count: number): string {
  const chars = code.slice(0, 15).split("");
  for (const pos of OMOCODIC_POSITIONS_FROM_RIGHT.slice(0, count)) {
    const digit = Number(chars[pos - 1]);
    chars[pos - 1] = OMOCODIC_LETTERS.charAt(digit);
  }
  return withCheck(chars.join(""));
}

function setChar(code: string, pos1: number, ch: string): string {
  return code.slice(0, pos1 - 1) + ch + code.slice(pos1);
}

function expectError(code: string, error: string, today?: Date) {
  const r = parseCodiceFiscale(code, today);
  expect(r).toEqual({ ok: false, error });
}

const TODAY = new Date(2026, 0, 15);

describe("checkCharacter", () => {
  it("computes the check character of the worked examples", () => {
    expect(checkCharacter("RSSMRA79B11C566")).toBe("R");
    expect(checkCharacter("FRNSST75D50A717")).toBe("N");
    expect(checkCharacter("RSSFNC80T31F205")).toBe("U");
  });

  it("accepts lower case", () => {
    expect(checkCharacter("rssmra79b11c566")).toBe("R");
  });

  it("rejects input that is not 15 letters or digits", () => {
    expect(() => checkCharacter("RSSMRA79B11C56")).toThrow();
    expect(() => checkCharacter("RSSMRA79B11C566R")).toThrow();
    expect(() => checkCharacter("RSSMRA79B11C56-")).toThrow();
  });
});

describe("parseCodiceFiscale", () => {
  describe("worked examples from the domain notes", () => {
    it.each([
      ["RSSMRA79B11C566R", "M", "1979-02-11", "C566"],
      ["FRNSST75D50A717N", "F", "1975-04-10", "A717"],
      ["RSSFNC80T31F205U", "M", "1980-12-31", "F205"],
    ] as const)("%s", (code, sex, birthDate, birthplace) => {
      expect(parseCodiceFiscale(code, TODAY)).toEqual({
        ok: true,
        sex,
        birthDate,
        birthplace,
        omocodic: false,
      });
    });
  });

  it("trims whitespace and accepts lower case", () => {
    const r = parseCodiceFiscale("  rssmra79b11c566r \n", TODAY);
    expect(r).toMatchObject({ ok: true, birthDate: "1979-02-11", birthplace: "C566" });
  });

  it("uses the current date when today is not given", () => {
    expect(parseCodiceFiscale("RSSMRA79B11C566R")).toMatchObject({ ok: true });
  });

  it("rejects a wrong check character", () => {
    expectError("RSSMRA79B11C566A", "Il carattere di controllo non è corretto.");
    expectError("RSSMRA79B11C566S", "Il carattere di controllo non è corretto.");
  });

  it("rejects a transposition caught by the check character", () => {
    expectError("RSSMRA97B11C566R", "Il carattere di controllo non è corretto.");
  });

  it("rejects a wrong length", () => {
    expectError("RSSMRA79B11C566", "Il codice fiscale deve avere 16 caratteri.");
    expectError("RSSMRA79B11C566RR", "Il codice fiscale deve avere 16 caratteri.");
    expectError("12345678901", "Il codice fiscale deve avere 16 caratteri.");
  });

  it("rejects an empty code", () => {
    expectError("", "Il codice fiscale è obbligatorio.");
    expectError("   ", "Il codice fiscale è obbligatorio.");
  });

  it("rejects characters other than letters and digits", () => {
    expectError("RSSMRA79B11C566-", "Il codice fiscale contiene caratteri non ammessi.");
    expectError("RSSMRA 79B11C566", "Il codice fiscale contiene caratteri non ammessi.");
    expectError("RSSMRÀ79B11C566R", "Il codice fiscale contiene caratteri non ammessi.");
  });

  it("rejects letters and digits in the wrong positions", () => {
    const format =
      "Il codice fiscale non rispetta il formato previsto (lettere e cifre non sono nelle posizioni attese).";
    // Digits where letters are expected (check character recomputed, so only the format is wrong).
    expectError(withCheck("R1SMRA79B11C566"), format);
    expectError(withCheck("RSSMRA79111C566"), format);
    expectError(withCheck("RSSMRA79B111566"), format);
    expectError("RSSMRA79B11C5661", format);
  });

  describe("month", () => {
    it.each(["F", "G", "I", "J", "K", "N", "O", "Q", "U", "V", "W", "X", "Y", "Z"])(
      "rejects month letter %s",
      (letter) => {
        expectError(
          withCheck(`RSSMRA79${letter}11C566`),
          "Il mese di nascita nel codice fiscale non è valido.",
          TODAY,
        );
      },
    );

    it.each([
      ["A", "01"],
      ["B", "02"],
      ["C", "03"],
      ["D", "04"],
      ["E", "05"],
      ["H", "06"],
      ["L", "07"],
      ["M", "08"],
      ["P", "09"],
      ["R", "10"],
      ["S", "11"],
      ["T", "12"],
    ])("reads month letter %s as %s", (letter, mm) => {
      const r = parseCodiceFiscale(withCheck(`RSSMRA79${letter}11C566`), TODAY);
      expect(r).toMatchObject({ ok: true, birthDate: `1979-${mm}-11` });
    });
  });

  describe("day and sex", () => {
    const dayError = "Il giorno di nascita nel codice fiscale non è valido.";

    it("reads days 01-31 as male", () => {
      expect(parseCodiceFiscale(withCheck("RSSMRA79A01C566"), TODAY)).toMatchObject({
        ok: true,
        sex: "M",
        birthDate: "1979-01-01",
      });
      expect(parseCodiceFiscale(withCheck("RSSMRA79A31C566"), TODAY)).toMatchObject({
        ok: true,
        sex: "M",
        birthDate: "1979-01-31",
      });
    });

    it("reads days 41-71 as female, subtracting 40", () => {
      expect(parseCodiceFiscale(withCheck("RSSMRA79A41C566"), TODAY)).toMatchObject({
        ok: true,
        sex: "F",
        birthDate: "1979-01-01",
      });
      expect(parseCodiceFiscale(withCheck("RSSMRA79T71C566"), TODAY)).toMatchObject({
        ok: true,
        sex: "F",
        birthDate: "1979-12-31",
      });
    });

    it("rejects day 00", () => {
      expectError(withCheck("RSSMRA79A00C566"), dayError, TODAY);
    });

    it.each(["32", "35", "39", "40", "72", "80", "99"])("rejects day %s", (dd) => {
      expectError(withCheck(`RSSMRA79A${dd}C566`), dayError, TODAY);
    });
  });

  describe("impossible dates", () => {
    const dateError = "La data di nascita nel codice fiscale non esiste.";

    it("rejects 31 April for men and women", () => {
      expectError(withCheck("RSSMRA79D31C566"), dateError, TODAY);
      expectError(withCheck("RSSMRA79D71C566"), dateError, TODAY);
    });

    it("accepts 30 April", () => {
      expect(parseCodiceFiscale(withCheck("RSSMRA79D30C566"), TODAY)).toMatchObject({
        ok: true,
        birthDate: "1979-04-30",
      });
    });

    it.each(["D", "H", "P", "S"])("rejects day 31 in 30-day month %s", (m) => {
      expectError(withCheck(`RSSMRA79${m}31C566`), dateError, TODAY);
    });

    it("rejects 29 February in a non-leap year", () => {
      expectError(withCheck("RSSMRA23B29C566"), dateError, TODAY);
      expectError(withCheck("RSSMRA23B69C566"), dateError, TODAY);
    });

    it("rejects 30 February even in a leap year", () => {
      expectError(withCheck("RSSMRA24B30C566"), dateError, TODAY);
    });

    it("accepts 29 February in a leap year", () => {
      expect(parseCodiceFiscale(withCheck("RSSMRA24B29C566"), TODAY)).toMatchObject({
        ok: true,
        sex: "M",
        birthDate: "2024-02-29",
      });
      expect(parseCodiceFiscale(withCheck("RSSMRA24B69C566"), TODAY)).toMatchObject({
        ok: true,
        sex: "F",
        birthDate: "2024-02-29",
      });
    });

    it("validates 29 February against the inferred century (2000 leap, 1900 not)", () => {
      const code = withCheck("RSSMRA00B29C566");
      expect(parseCodiceFiscale(code, TODAY)).toMatchObject({ ok: true, birthDate: "2000-02-29" });
      expectError(code, dateError, new Date(1999, 11, 31));
    });
  });

  describe("century inference", () => {
    it("takes 2000+yy when that date is not in the future", () => {
      expect(parseCodiceFiscale(withCheck("RSSMRA10A01C566"), TODAY)).toMatchObject({
        ok: true,
        birthDate: "2010-01-01",
      });
    });

    it("takes 1900+yy when 2000+yy would be in the future", () => {
      expect(parseCodiceFiscale(withCheck("RSSMRA79B11C566"), TODAY)).toMatchObject({
        ok: true,
        birthDate: "1979-02-11",
      });
      expect(parseCodiceFiscale(withCheck("RSSMRA27A01C566"), TODAY)).toMatchObject({
        ok: true,
        birthDate: "1927-01-01",
      });
    });

    it("decides on the full date within the current two-digit year", () => {
      const today = new Date(2026, 5, 15); // 15 June 2026
      expect(parseCodiceFiscale(withCheck("RSSMRA26H15C566"), today)).toMatchObject({
        ok: true,
        birthDate: "2026-06-15",
      });
      expect(parseCodiceFiscale(withCheck("RSSMRA26H16C566"), today)).toMatchObject({
        ok: true,
        birthDate: "1926-06-16",
      });
      expect(parseCodiceFiscale(withCheck("RSSMRA26A01C566"), today)).toMatchObject({
        ok: true,
        birthDate: "2026-01-01",
      });
    });

    it("uses the injected today rather than the clock", () => {
      const code = withCheck("RSSMRA10A01C566");
      expect(parseCodiceFiscale(code, new Date(2009, 11, 31))).toMatchObject({
        ok: true,
        birthDate: "1910-01-01",
      });
      expect(parseCodiceFiscale(code, new Date(2010, 0, 1))).toMatchObject({
        ok: true,
        birthDate: "2010-01-01",
      });
    });
  });

  describe("omocodia", () => {
    const bases = ["RSSMRA79B11C566R", "FRNSST75D50A717N", "RSSFNC80T31F205U"];

    for (const base of bases) {
      for (let count = 1; count <= 7; count++) {
        const code = omocodic(base, count);
        it(`accepts ${code} (${base} with ${count} substitution${count > 1 ? "s" : ""})`, () => {
          const plain = parseCodiceFiscale(base, TODAY);
          const r = parseCodiceFiscale(code, TODAY);
          expect(plain.ok).toBe(true);
          if (!plain.ok) return;
          expect(r).toEqual({ ...plain, omocodic: true });
        });
      }
    }

    it("builds the expected fully omocodic code", () => {
      expect(omocodic("RSSMRA79B11C566R", 7).slice(0, 15)).toBe("RSSMRATVBMMCRSS");
    });

    it("accepts omocodic codes in lower case", () => {
      const code = omocodic("RSSMRA79B11C566R", 3).toLowerCase();
      expect(parseCodiceFiscale(code, TODAY)).toMatchObject({
        ok: true,
        birthplace: "C566",
        omocodic: true,
      });
    });

    it("computes the check character on the code as written", () => {
      // Same letters as the omocodic code but with the base code's check character.
      const code = omocodic("RSSMRA79B11C566R", 1);
      expect(code.slice(0, 15)).toBe("RSSMRA79B11C56S");
      expectError(`${code.slice(0, 15)}R`, "Il carattere di controllo non è corretto.", TODAY);
    });

    it.each(["A", "B", "K", "O", "W", "Z"])(
      "rejects non-omocodic letter %s in a digit position",
      (letter) => {
        const format =
          "Il codice fiscale non rispetta il formato previsto (lettere e cifre non sono nelle posizioni attese).";
        for (const pos of [7, 8, 10, 11, 13, 14, 15]) {
          expectError(withCheck(setChar("RSSMRA79B11C566", pos, letter)), format, TODAY);
        }
      },
    );

    it("rejects a digit in a letter position even when it would decode from an omocodic letter", () => {
      const format =
        "Il codice fiscale non rispetta il formato previsto (lettere e cifre non sono nelle posizioni attese).";
      // Position 12 (birthplace letter) and 9 (month) must be letters.
      expectError(withCheck(setChar("RSSMRA79B11C566", 12, "0")), format, TODAY);
      expectError(withCheck(setChar("RSSMRA79B11C566", 9, "1")), format, TODAY);
    });

    it("reads the month and birthplace letters literally, not as omocodic digits", () => {
      // L in position 9 is July, not an omocodic 0; L in position 12 is a Belfiore letter.
      expect(parseCodiceFiscale(withCheck("RSSMRA79L11L219"), TODAY)).toEqual({
        ok: true,
        sex: "M",
        birthDate: "1979-07-11",
        birthplace: "L219",
        omocodic: false,
      });
    });

    it("validates the decoded date of an omocodic code", () => {
      // 31 April with the day written as omocodic letters.
      expectError(
        withCheck("RSSMRA79DPMC566"),
        "La data di nascita nel codice fiscale non esiste.",
        TODAY,
      );
      // Female day 72 written as omocodic letters.
      expectError(
        withCheck("RSSMRA79ATNC566"),
        "Il giorno di nascita nel codice fiscale non è valido.",
        TODAY,
      );
    });

    it("applies century inference to the decoded year", () => {
      // Year 10 written as "ML" (M = 1, L = 0).
      expect(parseCodiceFiscale(withCheck("RSSMRAMLA01C566"), TODAY)).toMatchObject({
        ok: true,
        birthDate: "2010-01-01",
        omocodic: true,
      });
    });
  });
});

describe("checkCodiceFiscaleConsistency", () => {
  const mario = { sex: "M" as const, birthDate: "1979-02-11", birthplace: "C566" };

  it("returns no issues when the data match", () => {
    expect(checkCodiceFiscaleConsistency("RSSMRA79B11C566R", mario)).toEqual([]);
  });

  it("accepts a lower case birthplace and a missing birthplace", () => {
    expect(
      checkCodiceFiscaleConsistency("RSSMRA79B11C566R", { ...mario, birthplace: "c566" }),
    ).toEqual([]);
    expect(
      checkCodiceFiscaleConsistency("RSSMRA79B11C566R", { sex: "M", birthDate: "1979-02-11" }),
    ).toEqual([]);
    expect(checkCodiceFiscaleConsistency("RSSMRA79B11C566R", { ...mario, birthplace: "" })).toEqual(
      [],
    );
  });

  it("accepts an omocodic code for the same person", () => {
    expect(checkCodiceFiscaleConsistency(omocodic("RSSMRA79B11C566R", 7), mario)).toEqual([]);
  });

  it("returns the parse error when the code is invalid", () => {
    expect(checkCodiceFiscaleConsistency("RSSMRA79B11C566A", mario)).toEqual([
      { field: "codiceFiscale", message: "Il carattere di controllo non è corretto." },
    ]);
    expect(checkCodiceFiscaleConsistency("RSSMRA", mario)).toEqual([
      { field: "codiceFiscale", message: "Il codice fiscale deve avere 16 caratteri." },
    ]);
  });

  it("reports a sex mismatch", () => {
    expect(checkCodiceFiscaleConsistency("RSSMRA79B11C566R", { ...mario, sex: "F" })).toEqual([
      { field: "sex", message: "Il sesso non corrisponde al codice fiscale." },
    ]);
    expect(
      checkCodiceFiscaleConsistency("FRNSST75D50A717N", {
        sex: "M",
        birthDate: "1975-04-10",
        birthplace: "A717",
      }),
    ).toEqual([{ field: "sex", message: "Il sesso non corrisponde al codice fiscale." }]);
  });

  it.each(["1979-02-12", "1979-03-11", "1978-02-11", "1989-02-11", "non una data", ""])(
    "reports a birth date mismatch for %s",
    (birthDate) => {
      expect(checkCodiceFiscaleConsistency("RSSMRA79B11C566R", { ...mario, birthDate })).toEqual([
        { field: "birthDate", message: "La data di nascita non corrisponde al codice fiscale." },
      ]);
    },
  );

  it("ignores the century, which the code does not carry", () => {
    // Born in 1920: the code reads as 2020, but the person is consistent with it.
    const code = computeCodiceFiscale({
      surname: "Bianchi",
      name: "Anna",
      sex: "F",
      birthDate: "1920-03-05",
      birthplace: "G388",
    });
    expect(parseCodiceFiscale(code, TODAY)).toMatchObject({ ok: true, birthDate: "2020-03-05" });
    expect(
      checkCodiceFiscaleConsistency(code, {
        sex: "F",
        birthDate: "1920-03-05",
        birthplace: "G388",
      }),
    ).toEqual([]);
    expect(
      checkCodiceFiscaleConsistency(code, {
        sex: "F",
        birthDate: "1920-03-06",
        birthplace: "G388",
      }),
    ).toEqual([
      { field: "birthDate", message: "La data di nascita non corrisponde al codice fiscale." },
    ]);
  });

  it("reports a birthplace mismatch", () => {
    expect(
      checkCodiceFiscaleConsistency("RSSMRA79B11C566R", { ...mario, birthplace: "G388" }),
    ).toEqual([
      { field: "birthplace", message: "Il luogo di nascita non corrisponde al codice fiscale." },
    ]);
  });

  it("reports every mismatch at once", () => {
    const issues = checkCodiceFiscaleConsistency("RSSMRA79B11C566R", {
      sex: "F",
      birthDate: "1980-01-01",
      birthplace: "Z404",
    });
    expect(issues.map((i) => i.field)).toEqual(["sex", "birthDate", "birthplace"]);
  });
});

describe("computeCodiceFiscale", () => {
  it("reproduces the worked example", () => {
    expect(
      computeCodiceFiscale({
        surname: "Rossi",
        name: "Mario",
        sex: "M",
        birthDate: "1979-02-11",
        birthplace: "C566",
      }),
    ).toBe("RSSMRA79B11C566R");
  });

  const people = [
    {
      surname: "Rossi",
      name: "Niccolò",
      sex: "M",
      birthDate: "1985-07-04",
      birthplace: "G388",
      prefix: "RSSNCL",
    },
    {
      surname: "D'Amico",
      name: "Lucia",
      sex: "F",
      birthDate: "1962-11-30",
      birthplace: "F205",
      prefix: "DMCLCU",
    },
    {
      surname: "Fo",
      name: "Ugo",
      sex: "M",
      birthDate: "1950-01-01",
      birthplace: "G388",
      prefix: "FOXGUO",
    },
    {
      surname: "Bianchi",
      name: "Gianfranco",
      sex: "M",
      birthDate: "2003-02-28",
      birthplace: "M109",
      prefix: "BNCGFR",
    },
    {
      surname: "De Luca",
      name: "Bo",
      sex: "M",
      birthDate: "1999-12-31",
      birthplace: "Z404",
      prefix: "DLCBOX",
    },
    {
      surname: "Lì",
      name: "Aìda",
      sex: "F",
      birthDate: "2012-02-29",
      birthplace: "Z210",
      prefix: "LIXDAI",
    },
    {
      surname: "Esposito-Àlvarez",
      name: "Maria Chiara",
      sex: "F",
      birthDate: "1977-09-09",
      birthplace: "F839",
      prefix: "SPSMCH",
    },
    {
      surname: "Ai",
      name: "Eo",
      sex: "F",
      birthDate: "1990-04-30",
      birthplace: "H501",
      prefix: "AIXEOX",
    },
  ] as const;

  it.each(people)("$name $surname → $prefix…", (p) => {
    const code = computeCodiceFiscale(p);
    expect(code).toHaveLength(16);
    expect(code.startsWith(p.prefix)).toBe(true);
    expect(parseCodiceFiscale(code, TODAY)).toEqual({
      ok: true,
      sex: p.sex,
      birthDate: p.birthDate,
      birthplace: p.birthplace,
      omocodic: false,
    });
    expect(checkCodiceFiscaleConsistency(code, p)).toEqual([]);
  });

  it("adds 40 to the day for women", () => {
    const code = computeCodiceFiscale({
      surname: "Ferrari",
      name: "Sara",
      sex: "F",
      birthDate: "1975-04-10",
      birthplace: "A717",
    });
    expect(code.slice(6, 11)).toBe("75D50");
  });

  it("normalises a lower case birthplace", () => {
    const code = computeCodiceFiscale({
      surname: "Rossi",
      name: "Mario",
      sex: "M",
      birthDate: "1979-02-11",
      birthplace: " c566 ",
    });
    expect(code).toBe("RSSMRA79B11C566R");
  });

  it("rejects impossible dates and malformed birthplaces", () => {
    const base = { surname: "Rossi", name: "Mario", sex: "M" as const, birthplace: "C566" };
    expect(() => computeCodiceFiscale({ ...base, birthDate: "1979-04-31" })).toThrow();
    expect(() => computeCodiceFiscale({ ...base, birthDate: "2023-02-29" })).toThrow();
    expect(() => computeCodiceFiscale({ ...base, birthDate: "11/02/1979" })).toThrow();
    expect(() =>
      computeCodiceFiscale({ ...base, birthDate: "1979-02-11", birthplace: "Pavia" }),
    ).toThrow();
  });
});

describe("looksLikeCodiceFiscale", () => {
  it("takes the shape, omocodia included, and leaves names and partial codes to the name search", () => {
    expect(looksLikeCodiceFiscale("RSSMRA80A01G388X")).toBe(true);
    expect(looksLikeCodiceFiscale("RSSMRA8LA01G388X")).toBe(true);
    expect(looksLikeCodiceFiscale("RSSMRA80A01G388")).toBe(false);
    expect(looksLikeCodiceFiscale("MACINIFRANCESCAX")).toBe(false);
    expect(looksLikeCodiceFiscale("rssmra80a01g388x")).toBe(false);
  });
});
