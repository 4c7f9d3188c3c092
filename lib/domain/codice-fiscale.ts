export type CodiceFiscaleResult =
  | {
      ok: true;
      sex: "M" | "F";
      /** YYYY-MM-DD */
      birthDate: string;
      /** Belfiore code, e.g. G388 or Z404 */
      birthplace: string;
      omocodic: boolean;
    }
  | { ok: false; error: string };

export type CodiceFiscaleField = "sex" | "birthDate" | "birthplace" | "codiceFiscale";

export type CodiceFiscaleIssue = { field: CodiceFiscaleField; message: string };

const MONTH_LETTERS = "ABCDEHLMPRST";

const OMOCODIC_LETTERS = "LMNPQRSTUV";

// 0-based indexes of the characters that are digits in a non-omocodic code.
const DIGIT_POSITIONS: readonly number[] = [6, 7, 9, 10, 12, 13, 14];

const ODD_VALUES: Readonly<Record<string, number>> = {
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

const CODE_PATTERN =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** Whether `text` has the shape of a codice fiscale (checksum aside): a search then looks it up. */
export function looksLikeCodiceFiscale(text: string): boolean {
  return CODE_PATTERN.test(text);
}

const ERRORS = {
  empty: "Il codice fiscale è obbligatorio.",
  length: "Il codice fiscale deve avere 16 caratteri.",
  chars: "Il codice fiscale contiene caratteri non ammessi.",
  format:
    "Il codice fiscale non rispetta il formato previsto (lettere e cifre non sono nelle posizioni attese).",
  check: "Il carattere di controllo non è corretto.",
  month: "Il mese di nascita nel codice fiscale non è valido.",
  day: "Il giorno di nascita nel codice fiscale non è valido.",
  date: "La data di nascita nel codice fiscale non esiste.",
} as const;

function charValue(ch: string, odd: boolean): number {
  const code = ch.charCodeAt(0);
  const isDigit = code >= 48 && code <= 57;
  if (odd) {
    // A digit d counts as the d-th letter (0 as A, 1 as B, ...).
    const letter = isDigit ? ALPHABET.charAt(code - 48) : ch;
    const v = ODD_VALUES[letter];
    if (v === undefined) throw new Error(`Carattere non ammesso nel codice fiscale: ${ch}`);
    return v;
  }
  if (isDigit) return code - 48;
  const v = ALPHABET.indexOf(ch);
  if (v < 0) throw new Error(`Carattere non ammesso nel codice fiscale: ${ch}`);
  return v;
}

/** Check character for the first 15 characters of a codice fiscale (as written, omocodic letters included). */
export function checkCharacter(first15: string): string {
  const s = first15.toUpperCase();
  if (!/^[A-Z0-9]{15}$/.test(s)) {
    throw new Error("Il calcolo del carattere di controllo richiede 15 lettere o cifre.");
  }
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    // Position i+1 (1-based) is odd when i is even.
    sum += charValue(s.charAt(i), i % 2 === 0);
  }
  return ALPHABET.charAt(sum % 26);
}

function decodeOmocodia(code: string): string {
  const chars = code.split("");
  for (const i of DIGIT_POSITIONS) {
    const idx = OMOCODIC_LETTERS.indexOf(chars[i] ?? "");
    if (idx >= 0) chars[i] = String(idx);
  }
  return chars.join("");
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function parseCodiceFiscale(code: string, today: Date = new Date()): CodiceFiscaleResult {
  const cf = code.trim().toUpperCase();
  if (cf.length === 0) return { ok: false, error: ERRORS.empty };
  if (cf.length !== 16) return { ok: false, error: ERRORS.length };
  if (!/^[A-Z0-9]+$/.test(cf)) return { ok: false, error: ERRORS.chars };
  if (!CODE_PATTERN.test(cf)) return { ok: false, error: ERRORS.format };
  if (checkCharacter(cf.slice(0, 15)) !== cf.charAt(15)) return { ok: false, error: ERRORS.check };

  const omocodic = DIGIT_POSITIONS.some((i) => OMOCODIC_LETTERS.includes(cf.charAt(i)));
  const decoded = decodeOmocodia(cf);

  const monthIndex = MONTH_LETTERS.indexOf(decoded.charAt(8));
  if (monthIndex < 0) return { ok: false, error: ERRORS.month };
  const month = monthIndex + 1;

  const rawDay = Number(decoded.slice(9, 11));
  let sex: "M" | "F";
  let day: number;
  if (rawDay >= 1 && rawDay <= 31) {
    sex = "M";
    day = rawDay;
  } else if (rawDay >= 41 && rawDay <= 71) {
    sex = "F";
    day = rawDay - 40;
  } else {
    return { ok: false, error: ERRORS.day };
  }

  const yy = Number(decoded.slice(6, 8));
  const todayTuple = [today.getFullYear(), today.getMonth() + 1, today.getDate()] as const;
  let year = 2000 + yy;
  if (compareTuple([year, month, day], todayTuple) > 0) year = 1900 + yy;
  // The day is checked against the inferred year: 29 Feb '00 exists only in 2000.
  if (day > daysInMonth(year, month)) return { ok: false, error: ERRORS.date };

  return {
    ok: true,
    sex,
    birthDate: isoDate(year, month, day),
    birthplace: decoded.slice(11, 15),
    omocodic,
  };
}

function compareTuple(
  a: readonly [number, number, number],
  b: readonly [number, number, number],
): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function parseIsoDate(s: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function checkCodiceFiscaleConsistency(
  code: string,
  person: { sex: "M" | "F"; birthDate: string; birthplace?: string },
): CodiceFiscaleIssue[] {
  const parsed = parseCodiceFiscale(code);
  if (!parsed.ok) return [{ field: "codiceFiscale", message: parsed.error }];

  const issues: CodiceFiscaleIssue[] = [];
  if (parsed.sex !== person.sex) {
    issues.push({ field: "sex", message: "Il sesso non corrisponde al codice fiscale." });
  }

  // The code carries only the last two digits of the year, so the inferred century
  // may legitimately differ from the real one (e.g. people over 100).
  const fromCode = parseIsoDate(parsed.birthDate);
  const declared = parseIsoDate(person.birthDate);
  const dateMatches =
    parsed.birthDate === person.birthDate.trim() ||
    (fromCode !== null &&
      declared !== null &&
      fromCode.year % 100 === declared.year % 100 &&
      fromCode.month === declared.month &&
      fromCode.day === declared.day);
  if (!dateMatches) {
    issues.push({
      field: "birthDate",
      message: "La data di nascita non corrisponde al codice fiscale.",
    });
  }

  const birthplace = person.birthplace?.trim().toUpperCase();
  if (birthplace && birthplace !== parsed.birthplace) {
    issues.push({
      field: "birthplace",
      message: "Il luogo di nascita non corrisponde al codice fiscale.",
    });
  }
  return issues;
}

const VOWELS = "AEIOU";

function lettersOnly(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z]/g, "");
}

function splitLetters(s: string): { consonants: string[]; vowels: string[] } {
  const letters = lettersOnly(s).split("");
  return {
    consonants: letters.filter((c) => !VOWELS.includes(c)),
    vowels: letters.filter((c) => VOWELS.includes(c)),
  };
}

function surnameCode(surname: string): string {
  const { consonants, vowels } = splitLetters(surname);
  return [...consonants, ...vowels, "X", "X", "X"].slice(0, 3).join("");
}

function nameCode(name: string): string {
  const { consonants, vowels } = splitLetters(name);
  if (consonants.length > 3) {
    return [consonants[0], consonants[2], consonants[3]].join("");
  }
  return [...consonants, ...vowels, "X", "X", "X"].slice(0, 3).join("");
}

/** Builds the (non-omocodic) codice fiscale for the given data. Throws on invalid date or birthplace. */
export function computeCodiceFiscale(p: {
  surname: string;
  name: string;
  sex: "M" | "F";
  birthDate: string;
  birthplace: string;
}): string {
  const date = parseIsoDate(p.birthDate);
  if (!date) throw new Error(`Data di nascita non valida: ${p.birthDate}`);
  const birthplace = p.birthplace.trim().toUpperCase();
  if (!/^[A-Z][0-9]{3}$/.test(birthplace)) {
    throw new Error(`Codice catastale del luogo di nascita non valido: ${p.birthplace}`);
  }
  const first15 =
    surnameCode(p.surname) +
    nameCode(p.name) +
    pad(date.year % 100, 2) +
    MONTH_LETTERS.charAt(date.month - 1) +
    pad(p.sex === "F" ? date.day + 40 : date.day, 2) +
    birthplace;
  return first15 + checkCharacter(first15);
}
