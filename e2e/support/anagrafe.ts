import { computeCodiceFiscale } from "../../lib/domain/codice-fiscale";

const CONSONANTS = "BCDFGLMNPRSTVZ";
const HEADER =
  "codice_fiscale;cognome;nome;sesso;data_nascita;luogo_nascita;indirizzo;numero_famiglia";

export type Resident = {
  codiceFiscale: string;
  cognome: string;
  nome: string;
  sesso: "M" | "F";
  dataNascita: string;
  luogo: string;
  indirizzo: string;
  famiglia: string;
};

/**
 * The i-th resident of a generated anagrafe: codici fiscali all different (the surname's
 * three consonants and the birth date vary with i), families of three, birthplaces written
 * as a name or a Belfiore code. `salt` (0-9) gives another population.
 */
export function resident(i: number, salt: number): Resident {
  const c = (k: number) => CONSONANTS.charAt(k % CONSONANTS.length);
  const cognome = `${c(i)}a${c(Math.floor(i / 14))}e${c(Math.floor(i / 196))}i`;
  const nome = [
    "Maria",
    "Luca",
    "Anna",
    "Paolo",
    "Elena",
    "Marco",
    "Sara",
    "Andrea",
    "Giulia",
    "Piero",
  ][salt % 10] as string;
  const sesso: "M" | "F" = ["Maria", "Anna", "Elena", "Sara", "Giulia"].includes(nome) ? "F" : "M";
  const year = 1930 + (i % 70);
  const month = 1 + (Math.floor(i / 70) % 12);
  const day = 1 + (salt % 3) * 9 + (i % 9);
  const dataNascita = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const [luogo, belfiore] =
    i % 4 === 0 ? ["Milano", "F205"] : i % 4 === 1 ? ["G388", "G388"] : ["Pavia", "G388"];
  const codiceFiscale = computeCodiceFiscale({
    surname: cognome,
    name: nome,
    sex: sesso,
    birthDate: dataNascita,
    birthplace: belfiore,
  });
  return {
    codiceFiscale,
    cognome,
    nome,
    sesso,
    dataNascita,
    luogo,
    indirizzo: `Via dei Mille ${1 + (Math.floor(i / 3) % 200)}`,
    famiglia: `F${salt}-${Math.floor(i / 3)}`,
  };
}

/** Twenty ways a row goes wrong, each one reason the report must give. */
const BREAKERS: ((r: Resident) => Resident)[] = [
  (r) => ({
    ...r,
    codiceFiscale: `${r.codiceFiscale.slice(0, 15)}${r.codiceFiscale.endsWith("A") ? "B" : "A"}`,
  }),
  (r) => ({ ...r, cognome: "" }),
  (r) => ({ ...r, nome: "" }),
  (r) => ({ ...r, sesso: "X" as "M" }),
  (r) => ({ ...r, dataNascita: "31/02/1980" }),
  (r) => ({ ...r, dataNascita: r.dataNascita.replace(/^(\d{4})/, (y) => String(Number(y) - 1)) }),
  (r) => ({ ...r, luogo: "Atlantide" }),
  (r) => ({ ...r, luogo: "Roma" }),
  (r) => ({ ...r, indirizzo: "" }),
  (r) => ({ ...r, codiceFiscale: "" }),
  (r) => ({ ...r, sesso: r.sesso === "M" ? "F" : "M" }),
  (r) => ({ ...r, codiceFiscale: r.codiceFiscale.slice(0, 15) }),
  (r) => ({ ...r, codiceFiscale: `1${r.codiceFiscale.slice(1)}` }),
  (r) => ({ ...r, dataNascita: "" }),
  (r) => ({ ...r, luogo: "" }),
  (r) => ({ ...r, dataNascita: "2099-01-01" }),
  (r) => ({ ...r, famiglia: "F".repeat(40) }),
  (r) => ({ ...r, sesso: "" as "M" }),
  (r) => ({ ...r, dataNascita: "1980/13/45" }),
  (r) => ({ ...r, indirizzo: "x".repeat(250) }),
];

const line = (r: Resident) =>
  [
    r.codiceFiscale,
    r.cognome,
    r.nome,
    r.sesso,
    r.dataNascita,
    r.luogo,
    r.indirizzo,
    r.famiglia,
  ].join(";");

export type GeneratedAnagrafe = {
  csv: string;
  residents: Resident[];
  /** The file lines (header = 1) of the broken rows. */
  badLines: number[];
};

/** `n` residents, `bad` of them broken (one every n/bad rows), ";"-separated with a BOM. */
export function anagrafeCsv(n: number, bad: number, salt = 0): GeneratedAnagrafe {
  const residents: Resident[] = [];
  const badLines: number[] = [];
  const lines = [HEADER];
  const every = Math.floor(n / bad);
  for (let i = 0; i < n; i++) {
    let r = resident(i, salt);
    if (i % every === every - 1 && badLines.length < bad) {
      r = (BREAKERS[badLines.length % BREAKERS.length] as (r: Resident) => Resident)(r);
      badLines.push(i + 2);
    } else {
      residents.push(r);
    }
    lines.push(line(r));
  }
  return { csv: `\uFEFF${lines.join("\r\n")}\r\n`, residents, badLines };
}
