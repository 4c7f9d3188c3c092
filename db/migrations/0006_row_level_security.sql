-- Row-level security: a second wall behind lib/data. The application runs every actor's work as
-- the role zona_app (SET LOCAL ROLE), which owns no table, with the actor's ambito, scope
-- ("district", "comuni" or "none") and comuni set per transaction (lib/data/scoped.ts).
-- Roles belong to the whole cluster: several databases may be migrated at once (tests), so a
-- concurrent creation or grant is tolerated.
DO $$
BEGIN
  BEGIN
    CREATE ROLE zona_app NOLOGIN;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
  BEGIN
    EXECUTE format('GRANT zona_app TO %I', current_user);
  EXCEPTION WHEN OTHERS THEN
    IF NOT pg_has_role(current_user, 'zona_app', 'MEMBER') THEN RAISE; END IF;
  END;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO zona_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ambiti, comuni, utenti, utenti_comuni, persone, attestazioni_isee, cartelle, misure, richieste, contatori_protocollo, eventi_richiesta, sessioni TO zona_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON registro_accessi TO zona_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO zona_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION zona_in_ambito(a uuid) RETURNS boolean AS $$
  SELECT a::text = current_setting('zona.ambito_id', true)
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION zona_in_scope(a uuid, c uuid) RETURNS boolean AS $$
  SELECT a::text = current_setting('zona.ambito_id', true)
    AND CASE current_setting('zona.scope', true)
      WHEN 'district' THEN true
      WHEN 'comuni' THEN c::text = ANY (string_to_array(current_setting('zona.comuni', true), ','))
      ELSE false
    END
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
ALTER TABLE persone ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY persone_scope ON persone TO zona_app
  USING (zona_in_scope(ambito_id, comune_id)) WITH CHECK (zona_in_scope(ambito_id, comune_id));
--> statement-breakpoint
ALTER TABLE cartelle ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cartelle_scope ON cartelle TO zona_app
  USING (zona_in_scope(ambito_id, comune_id)) WITH CHECK (zona_in_scope(ambito_id, comune_id));
--> statement-breakpoint
ALTER TABLE richieste ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY richieste_scope ON richieste TO zona_app
  USING (zona_in_scope(ambito_id, comune_id)) WITH CHECK (zona_in_scope(ambito_id, comune_id));
--> statement-breakpoint
-- Children follow their parent: the subquery is itself filtered by the parent's policy.
ALTER TABLE attestazioni_isee ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY isee_scope ON attestazioni_isee TO zona_app
  USING (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM persone p WHERE p.id = persona_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM persone p WHERE p.id = persona_id));
--> statement-breakpoint
ALTER TABLE eventi_richiesta ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY eventi_scope ON eventi_richiesta TO zona_app
  USING (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM richieste r WHERE r.id = richiesta_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM richieste r WHERE r.id = richiesta_id));
--> statement-breakpoint
ALTER TABLE comuni ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY comuni_ambito ON comuni TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
--> statement-breakpoint
ALTER TABLE ambiti ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ambiti_own ON ambiti TO zona_app USING (zona_in_ambito(id)) WITH CHECK (zona_in_ambito(id));
--> statement-breakpoint
ALTER TABLE utenti ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY utenti_ambito ON utenti TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
--> statement-breakpoint
ALTER TABLE utenti_comuni ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY utenti_comuni_ambito ON utenti_comuni TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
--> statement-breakpoint
ALTER TABLE misure ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY misure_ambito ON misure TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
--> statement-breakpoint
ALTER TABLE contatori_protocollo ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY contatori_ambito ON contatori_protocollo TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
--> statement-breakpoint
ALTER TABLE sessioni ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sessioni_ambito ON sessioni TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
--> statement-breakpoint
ALTER TABLE registro_accessi ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY registro_ambito ON registro_accessi TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
--> statement-breakpoint
-- Registration must know whether a codice fiscale already exists anywhere in the ambito, even in
-- a comune the worker cannot see: this narrow function answers that (id and comune only).
CREATE OR REPLACE FUNCTION zona_persona_per_cf(cf text) RETURNS TABLE (id uuid, comune_id uuid) AS $$
  SELECT p.id, p.comune_id FROM persone p
  WHERE p.ambito_id::text = current_setting('zona.ambito_id', true) AND p.codice_fiscale = cf
$$ LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public;
--> statement-breakpoint
REVOKE ALL ON FUNCTION zona_persona_per_cf(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION zona_persona_per_cf(text) TO zona_app;
