import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ambiti, auditLog, sessions, users } from "@/db/schema";
import { checkLogin } from "@/lib/auth/login";
import { passwordProblems } from "@/lib/auth/password-policy";
import type { Actor } from "@/lib/auth/roles";
import { changeOwnPassword } from "@/lib/data/account";
import { loadActor } from "@/lib/data/actors";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { listPersons } from "@/lib/data/persons";
import { endAllSessions } from "@/lib/data/sessions";
import { listUsers, resetPassword, temporaryPassword } from "@/lib/data/users";
import {
  type Actors,
  DRIVERS,
  demoActors,
  EMAILS,
  freshDb,
  LIMITS,
  type TestDb,
} from "../support/db";

const PASSWORD = "zona-demo-2026";
const NEW_PASSWORD = "una frase lunga e tranquilla";
const TEMPORARY = /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/;

function change(attuale: string, nuova: string, conferma = nuova) {
  return { attuale, nuova, conferma };
}

async function fieldErrorsOf(p: Promise<unknown>): Promise<Record<string, string[]>> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).fieldErrors;
}

describe("temporaryPassword", () => {
  it("is four groups of four unambiguous characters, random, and acceptable to the policy", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const p = temporaryPassword();
      expect(p).toMatch(TEMPORARY);
      expect(passwordProblems(p)).toEqual([]);
      seen.add(p);
    }
    expect(seen.size).toBe(50);
  });
});

describe.each(DRIVERS)("own password and administrator's reset on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;

  /** Logs in as a real user would: a new server-side session, then the actor of that session. */
  async function signIn(email: string, password = PASSWORD) {
    const signed = await checkLogin(db(), email, password, "10.9.0.1");
    if (!signed) throw new Error(`login failed for ${email}`);
    const token = { userId: signed.id, sessionVersion: signed.sv, sessionId: signed.sid };
    const actor = await loadActor(db(), token, "10.9.0.1", LIMITS);
    if (!actor) throw new Error(`no actor for ${email}`);
    return { token, actor };
  }
  const userRow = async (email: string) => {
    const [u] = await db()
      .select({
        id: users.id,
        hash: users.passwordHash,
        sv: users.sessionVersion,
        must: users.mustChangePassword,
      })
      .from(users)
      .where(eq(users.email, email));
    if (!u) throw new Error(`no user ${email}`);
    return u;
  };
  const auditRows = (entita: string, entitaId: string) =>
    db()
      .select({
        azione: auditLog.azione,
        actorId: auditLog.actorId,
        entitaId: auditLog.entitaId,
        ip: auditLog.ip,
      })
      .from(auditLog)
      .where(and(eq(auditLog.entita, entita), eq(auditLog.entitaId, entitaId)));

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  describe("changeOwnPassword", () => {
    it("refuses a wrong current password on its field, and changes nothing", async () => {
      const { actor, token } = await signIn(EMAILS.asCava);
      const before = await userRow(EMAILS.asCava);
      const errors = await fieldErrorsOf(
        changeOwnPassword(db(), actor, change("non-è-questa-la-password", NEW_PASSWORD)),
      );
      expect(errors.attuale).toEqual(["La password attuale non è corretta."]);
      expect(errors.nuova).toBeUndefined();
      expect(await userRow(EMAILS.asCava)).toEqual(before);
      expect(await loadActor(db(), token, null, LIMITS)).not.toBeNull();
    });

    it("applies the password policy to the new password, on its field", async () => {
      const { actor } = await signIn(EMAILS.asPavia);
      const before = await userRow(EMAILS.asPavia);
      const nuova = async (password: string) =>
        (await fieldErrorsOf(changeOwnPassword(db(), actor, change(PASSWORD, password)))).nuova;
      expect(await nuova("corta-2026")).toEqual(["La password deve avere almeno 12 caratteri."]);
      expect((await nuova("qwerty123456"))?.[0]).toContain("tra le più usate");
      expect((await nuova("la-mia-AS.Pavia-segreta"))?.[0]).toContain("indirizzo email");
      expect((await nuova("x".repeat(129)))?.[0]).toContain("128");
      // Both problems at once: a wrong current password and a weak new one.
      const both = await fieldErrorsOf(
        changeOwnPassword(db(), actor, change("sbagliata", "corta")),
      );
      expect(Object.keys(both).sort()).toEqual(["attuale", "nuova"]);
      const mismatch = await fieldErrorsOf(
        changeOwnPassword(db(), actor, change(PASSWORD, NEW_PASSWORD, `${NEW_PASSWORD}!`)),
      );
      expect(mismatch.conferma).toEqual(["Le due password non coincidono."]);
      const missing = await fieldErrorsOf(changeOwnPassword(db(), actor, {}));
      expect(Object.keys(missing).sort()).toEqual(["attuale", "conferma", "nuova"]);
      expect(await userRow(EMAILS.asPavia)).toEqual(before);
    });

    it("replaces the hash, ends every session of the user, this one too, and is logged with ids only", async () => {
      const first = await signIn(EMAILS.comunePavia);
      const second = await signIn(EMAILS.comunePavia);
      const before = await userRow(EMAILS.comunePavia);
      await changeOwnPassword(db(), first.actor, change(PASSWORD, NEW_PASSWORD));

      const after = await userRow(EMAILS.comunePavia);
      expect(after.hash).not.toBe(before.hash);
      expect(after.hash).toMatch(/^\$argon2id\$/);
      expect(after.sv).toBe(before.sv + 1);
      expect(await loadActor(db(), first.token, null, LIMITS)).toBeNull();
      expect(await loadActor(db(), second.token, null, LIMITS)).toBeNull();
      const open = await db()
        .select({ motivo: sessions.motivoChiusura })
        .from(sessions)
        .where(eq(sessions.id, second.token.sessionId));
      expect(open[0]?.motivo).toBe("password cambiata");

      expect(await checkLogin(db(), EMAILS.comunePavia, PASSWORD, "10.9.0.2")).toBeNull();
      const again = await signIn(EMAILS.comunePavia, NEW_PASSWORD);
      expect(again.actor.mustChangePassword).toBe(false);

      expect(await auditRows("password", before.id)).toEqual([
        { azione: "update", actorId: before.id, entitaId: before.id, ip: "10.9.0.1" },
      ]);
      // And back, so the other tests keep the demo password.
      await changeOwnPassword(db(), again.actor, change(NEW_PASSWORD, PASSWORD));
      expect(await signIn(EMAILS.comunePavia)).toBeTruthy();
    });
  });

  describe("resetPassword", () => {
    it("is refused to every role but the system administrator", async () => {
      const target = await userRow(EMAILS.asCava);
      for (const who of ["coordinatore", "asPavia", "asCava", "comunePavia"] as const) {
        await expect(resetPassword(db(), a[who], target.id)).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await userRow(EMAILS.asCava)).toEqual(target);
    });

    it("answers 404 for an unknown user, a malformed id and a user of another ambito", async () => {
      const [other] = await db()
        .insert(ambiti)
        .values({ codice: "ALTRO-R", nome: "Altro ambito", ente: "Altro ente", codiceRegione: "X" })
        .returning({ id: ambiti.id });
      const [foreign] = await db()
        .insert(users)
        .values({
          ambitoId: other?.id as string,
          email: "altro.reset@altro.example",
          nome: "Utente di un altro ambito",
          ruolo: "assistente_sociale",
          passwordHash: "$argon2id$not-a-real-hash",
        })
        .returning({ id: users.id, sv: users.sessionVersion });
      for (const id of [
        "00000000-0000-4000-8000-000000000000",
        "not-a-uuid",
        foreign?.id as string,
      ]) {
        await expect(resetPassword(db(), a.admin, id)).rejects.toBeInstanceOf(NotFoundError);
        await expect(endAllSessions(db(), a.admin, id)).rejects.toBeInstanceOf(NotFoundError);
      }
      const [untouched] = await db()
        .select({
          hash: users.passwordHash,
          must: users.mustChangePassword,
          sv: users.sessionVersion,
        })
        .from(users)
        .where(eq(users.id, foreign?.id as string));
      expect(untouched).toEqual({
        hash: "$argon2id$not-a-real-hash",
        must: false,
        sv: foreign?.sv,
      });
    });

    it("is not for one's own password: that goes through changeOwnPassword", async () => {
      await expect(resetPassword(db(), a.admin, a.admin.id)).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("sets a temporary password, to be changed, ends the user's sessions, and logs ids only", async () => {
      const session = await signIn(EMAILS.comunePavia);
      const before = await userRow(EMAILS.comunePavia);
      const { temporaryPassword: temp } = await resetPassword(db(), a.admin, before.id);
      expect(temp).toMatch(TEMPORARY);

      const after = await userRow(EMAILS.comunePavia);
      expect(after.must).toBe(true);
      expect(after.sv).toBe(before.sv + 1);
      expect(after.hash).not.toContain(temp);
      expect(await loadActor(db(), session.token, null, LIMITS)).toBeNull();
      expect(await checkLogin(db(), EMAILS.comunePavia, PASSWORD, "10.9.0.3")).toBeNull();
      expect((await listUsers(db(), a.admin)).find((u) => u.id === before.id)).toMatchObject({
        mustChangePassword: true,
      });

      expect(await auditRows("password_reimpostata", before.id)).toEqual([
        { azione: "update", actorId: a.admin.id, entitaId: before.id, ip: "127.0.0.1" },
      ]);
      const everything = await db().select().from(auditLog);
      expect(JSON.stringify(everything)).not.toContain(temp);

      // The temporary password opens a session that can do one thing only.
      const forced = await signIn(EMAILS.comunePavia, temp);
      expect(forced.actor.mustChangePassword).toBe(true);
      await changeOwnPassword(db(), forced.actor, change(temp, PASSWORD));
      expect((await userRow(EMAILS.comunePavia)).must).toBe(false);
    });
  });

  describe("the gate of a temporary password", () => {
    it("refuses every data call but the change of password, and lifts once it is changed", async () => {
      const target = await userRow(EMAILS.asCava);
      const { temporaryPassword: temp } = await resetPassword(db(), a.admin, target.id);
      const { actor } = await signIn(EMAILS.asCava, temp);
      expect(actor.mustChangePassword).toBe(true);
      const refused = await listPersons(db(), actor, {}).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(ForbiddenError);
      expect((refused as ForbiddenError).message).toBe(
        "Devi cambiare la password prima di continuare.",
      );
      // Also where the role has no permission anyway: the same answer, before anything else.
      await expect(listUsers(db(), actor)).rejects.toThrow("Devi cambiare la password");
      await expect(endAllSessions(db(), actor, a.asPavia.id)).rejects.toThrow(
        "Devi cambiare la password",
      );

      // The policy still holds for the new password, and the temporary one cannot be kept.
      const weak = await fieldErrorsOf(
        changeOwnPassword(db(), actor, change(temp, "qwerty123456")),
      );
      expect(weak.nuova?.[0]).toContain("tra le più usate");
      const same = await fieldErrorsOf(changeOwnPassword(db(), actor, change(temp, temp)));
      expect(same.nuova).toEqual(["La nuova password deve essere diversa da quella attuale."]);
      await changeOwnPassword(db(), actor, change(temp, NEW_PASSWORD));

      const after = await signIn(EMAILS.asCava, NEW_PASSWORD);
      expect(after.actor.mustChangePassword).toBe(false);
      await expect(listPersons(db(), after.actor, {})).resolves.toBeTruthy();
      expect(await checkLogin(db(), EMAILS.asCava, temp, "10.9.0.4")).toBeNull();
      await changeOwnPassword(db(), after.actor, change(NEW_PASSWORD, PASSWORD));
    });

    it("is the actor's flag, as loaded from the database", async () => {
      const flagged: Actor = { ...a.asPavia, mustChangePassword: true };
      await expect(listPersons(db(), flagged, {})).rejects.toThrow("Devi cambiare la password");
      await expect(listPersons(db(), a.asPavia, {})).resolves.toBeTruthy();
    });
  });
});
