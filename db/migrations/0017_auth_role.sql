-- Least privilege for the work done before anyone is signed in: the login check, the throttle,
-- the second factor, and the session lookup on every request. It runs as zona_auth
-- (SET LOCAL ROLE, lib/data/scoped.ts `asAuth`), which owns no table and may touch only the
-- columns listed here: never a person, a request, a cartella or anything else of the tenants.
-- Migrations and the seed still run as the owner. Roles belong to the whole cluster: a
-- concurrent creation or grant (several test databases at once) is tolerated.
DO $$
BEGIN
  BEGIN
    CREATE ROLE zona_auth NOLOGIN;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
  BEGIN
    EXECUTE format('GRANT zona_auth TO %I', current_user);
  EXCEPTION WHEN OTHERS THEN
    IF NOT pg_has_role(current_user, 'zona_auth', 'MEMBER') THEN RAISE; END IF;
  END;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO zona_auth;
--> statement-breakpoint
-- The login looks the user up by e-mail; every request reloads role, comuni and active flag.
GRANT SELECT (id, ambito_id, email, nome, ruolo, password_hash, attivo, session_version, deve_cambiare_password) ON utenti TO zona_auth;
--> statement-breakpoint
GRANT SELECT (ambito_id, utente_id, comune_id) ON utenti_comuni TO zona_auth;
--> statement-breakpoint
-- Sessions: opened at login, checked and touched on every request, ended at logout or expiry.
GRANT SELECT (id, utente_id, creata_il, ultimo_uso, chiusa_il), INSERT, UPDATE (ultimo_uso, chiusa_il, motivo_chiusura) ON sessioni TO zona_auth;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON tentativi_accesso TO zona_auth;
--> statement-breakpoint
-- The second factor: a TOTP step is spent, a recovery code is marked used. Nothing else.
GRANT SELECT (utente_id, segreto, confermato_il, ultimo_passo), UPDATE (ultimo_passo) ON mfa_totp TO zona_auth;
--> statement-breakpoint
GRANT SELECT (id, utente_id, impronta, usato_il), UPDATE (usato_il) ON mfa_codici_recupero TO zona_auth;
--> statement-breakpoint
-- Logins, failures, throttles and logouts are logged; the log itself is not readable.
GRANT INSERT ON registro_accessi TO zona_auth;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE registro_accessi_id_seq TO zona_auth;
--> statement-breakpoint
-- These tables have row-level security for zona_app; zona_auth works before an ambito is known
-- (the e-mail decides it), so its policies admit every row, and the column grants above limit it.
CREATE POLICY utenti_auth ON utenti FOR SELECT TO zona_auth USING (true);
--> statement-breakpoint
CREATE POLICY utenti_comuni_auth ON utenti_comuni FOR SELECT TO zona_auth USING (true);
--> statement-breakpoint
CREATE POLICY sessioni_auth ON sessioni TO zona_auth USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY mfa_totp_auth ON mfa_totp TO zona_auth USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY mfa_recupero_auth ON mfa_codici_recupero TO zona_auth USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY registro_auth ON registro_accessi FOR INSERT TO zona_auth WITH CHECK (true);
--> statement-breakpoint
-- The chain trigger reads the ambito's last row: as the table's owner, so a role that may only
-- append (zona_auth) can still be chained, and zona_app's view of the log does not matter.
ALTER FUNCTION registro_accessi_chain() SECURITY DEFINER SET search_path = public;
