import { expect, type Locator, type Page } from "@playwright/test";
import { computeCodiceFiscale } from "../../lib/domain/codice-fiscale";
import { expectNoA11yViolations } from "./a11y";

export type NewPerson = {
  cognome: string;
  nome: string;
  sesso: "F" | "M";
  /** YYYY-MM-DD */
  dataNascita: string;
  /** Belfiore code of the birthplace */
  luogoNascita: string;
  codiceFiscale: string;
  cittadinanza: string;
  comune: string;
  indirizzo: string;
};

const CONSONANTS = "BCDFGLMNPRSTVZ";
const VOWELS = "AEIOU";
// Pavia, Cava Manara, Milano, Roma, Napoli, Torino
const BIRTHPLACES = ["G388", "C360", "F205", "H501", "F839", "L219"];

function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

function pick(chars: string): string {
  return chars.charAt(randomInt(0, chars.length - 1));
}

/** A pronounceable random word such as "Bomarezi": three syllables give 14³ consonant codes. */
function randomWord(syllables: number): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += pick(CONSONANTS) + pick(VOWELS);
  return w.charAt(0) + w.slice(1).toLowerCase();
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A person that does not exist yet: random surname, name, sex, birth date and birthplace,
 * with the matching codice fiscale. Safe against a database that persists across runs.
 */
export function newPerson(overrides: Partial<Omit<NewPerson, "codiceFiscale">> = {}): NewPerson {
  const sesso = overrides.sesso ?? (Math.random() < 0.5 ? "F" : "M");
  const dataNascita =
    overrides.dataNascita ??
    `${randomInt(1935, 2005)}-${pad2(randomInt(1, 12))}-${pad2(randomInt(1, 28))}`;
  const luogoNascita =
    overrides.luogoNascita ?? (BIRTHPLACES[randomInt(0, BIRTHPLACES.length - 1)] as string);
  const cognome = overrides.cognome ?? `${randomWord(3)}${randomWord(1).toLowerCase()}`;
  const nome = overrides.nome ?? randomWord(3);
  return {
    cognome,
    nome,
    sesso,
    dataNascita,
    luogoNascita,
    codiceFiscale: computeCodiceFiscale({
      surname: cognome,
      name: nome,
      sex: sesso,
      birthDate: dataNascita,
      birthplace: luogoNascita,
    }),
    cittadinanza: overrides.cittadinanza ?? "Italiana",
    comune: overrides.comune ?? "Pavia",
    indirizzo: overrides.indirizzo ?? `Via ${randomWord(3)} ${randomInt(1, 199)}`,
  };
}

/** The same code with a different (hence wrong) check character. */
export function withWrongCheckCharacter(codiceFiscale: string): string {
  const last = codiceFiscale.charAt(15);
  const wrong = last === "Z" ? "A" : String.fromCharCode(last.charCodeAt(0) + 1);
  return codiceFiscale.slice(0, 15) + wrong;
}

/** Another valid date, different in day and month, to contradict the code. */
export function otherBirthDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return `${y}-${pad2((m % 12) + 1)}-${pad2((d % 28) + 1)}`;
}

function exactLabel(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
}

/** Page object for /persone/nuova. */
export class PersonFormPage {
  readonly codiceFiscale: Locator;
  readonly cognome: Locator;
  readonly nome: Locator;
  readonly sesso: Locator;
  readonly dataNascita: Locator;
  readonly cittadinanza: Locator;
  readonly comune: Locator;
  readonly indirizzo: Locator;
  readonly telefono: Locator;
  readonly email: Locator;
  readonly submit: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.codiceFiscale = page.getByLabel(exactLabel("Codice fiscale"));
    this.cognome = page.getByLabel(exactLabel("Cognome"));
    this.nome = page.getByLabel(exactLabel("Nome"));
    this.sesso = page.getByLabel(exactLabel("Sesso"));
    this.dataNascita = page.getByLabel(exactLabel("Data di nascita"));
    this.cittadinanza = page.getByLabel(exactLabel("Cittadinanza"));
    this.comune = page.getByLabel(exactLabel("Comune di residenza"));
    this.indirizzo = page.getByLabel(exactLabel("Indirizzo"));
    this.telefono = page.getByLabel(exactLabel("Telefono"));
    this.email = page.getByLabel(exactLabel("Email"));
    this.submit = page.getByRole("button", { name: "Registra persona" });
    this.formError = page.getByTestId("form-error");
  }

  async goto(): Promise<void> {
    await this.page.goto("/persone/nuova");
    await expect(
      this.page.getByRole("heading", { name: "Registra persona", level: 1 }),
    ).toBeVisible();
    await expectNoA11yViolations(this.page);
  }

  /** Fills every field; `sesso` and `dataNascita` may be overridden to contradict the code. */
  async fill(
    p: NewPerson,
    o: { codiceFiscale?: string; sesso?: "F" | "M"; dataNascita?: string } = {},
  ): Promise<void> {
    await this.codiceFiscale.fill(o.codiceFiscale ?? p.codiceFiscale);
    await this.cognome.fill(p.cognome);
    await this.nome.fill(p.nome);
    await this.sesso.selectOption({ label: (o.sesso ?? p.sesso) === "F" ? "Femmina" : "Maschio" });
    await this.dataNascita.fill(o.dataNascita ?? p.dataNascita);
    await this.cittadinanza.fill(p.cittadinanza);
    await this.comune.selectOption({ label: p.comune });
    await this.indirizzo.fill(p.indirizzo);
    await this.telefono.fill("0382 123456");
    const ascii = (w: string) =>
      w
        .normalize("NFD")
        .replace(/[^A-Za-z]/g, "")
        .toLowerCase();
    await this.email.fill(`${ascii(p.nome)}.${ascii(p.cognome)}@example.org`);
  }

  /** Field errors shown under the inputs. */
  fieldErrors(): Locator {
    return this.page.getByTestId("field-error");
  }
}

/**
 * Registers the person through the form and returns the new record's id; leaves the page on
 * the person's record.
 */
export async function registerPerson(page: Page, p: NewPerson = newPerson()): Promise<string> {
  const form = new PersonFormPage(page);
  await form.goto();
  await form.fill(p);
  await form.submit.click();
  // A random name may happen to resemble someone already registered: it is someone else.
  const different = page.getByRole("button", { name: "È una persona diversa: registra" });
  const heading = page.getByRole("heading", { level: 1, name: `${p.cognome} ${p.nome}` });
  await expect(different.or(heading)).toBeVisible();
  if (await different.isVisible()) await different.click();
  await expect(page).toHaveURL(/\/persone\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${p.cognome} ${p.nome}`);
  await expectNoA11yViolations(page);
  const id = new URL(page.url()).pathname.split("/").pop();
  if (!id) throw new Error(`no person id in ${page.url()}`);
  return id;
}
