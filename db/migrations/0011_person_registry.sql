ALTER TABLE "persone" ADD COLUMN "unita_in" uuid;--> statement-breakpoint
ALTER TABLE "persone" ADD COLUMN "unita_il" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "persone" ADD COLUMN "unita_motivo" text;
--> statement-breakpoint
-- Fuzzy, accent-insensitive person search (pg_trgm + unaccent). btree_gin lets the trigram index
-- lead with the tenant. All three are trusted extensions (PG 13+) and ship with PGlite's contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gin;
--> statement-breakpoint
-- unaccent() is only STABLE (it reads a dictionary by name); naming the dictionary explicitly makes
-- the result depend on its argument alone, so it can be declared IMMUTABLE and used in an index.
CREATE OR REPLACE FUNCTION zona_norm(t text) RETURNS text AS $$
  SELECT lower(public.unaccent('public.unaccent'::regdictionary, t))
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION zona_norm(text) TO zona_app;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS persone_ambito_nome_trgm_idx ON persone
  USING gin (ambito_id, zona_norm(cognome || ' ' || nome) gin_trgm_ops);
--> statement-breakpoint
-- A merged record's codice fiscale leads to the record it was merged into.
CREATE OR REPLACE FUNCTION zona_persona_per_cf(cf text) RETURNS TABLE (id uuid, comune_id uuid) AS $$
  SELECT k.id, k.comune_id FROM persone p JOIN persone k ON k.id = coalesce(p.unita_in, p.id)
  WHERE p.ambito_id::text = current_setting('zona.ambito_id', true) AND p.codice_fiscale = cf
$$ LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public;
--> statement-breakpoint
-- Likely duplicates across the whole ambito, even in comuni the caller cannot see: only ids,
-- comuni and the reason leave this function; lib/data decides what the caller may be shown.
CREATE OR REPLACE FUNCTION zona_persone_simili(cf text, cognome_nome text, nascita date, comune uuid)
RETURNS TABLE (id uuid, comune_id uuid, motivo text, punteggio real) AS $$
  SELECT p.id, p.comune_id,
    CASE WHEN p.codice_fiscale = cf THEN 'cf'
         WHEN p.data_nascita = nascita THEN 'nascita'
         ELSE 'comune' END,
    word_similarity(zona_norm(cognome_nome), zona_norm(p.cognome || ' ' || p.nome))
  FROM persone p
  WHERE p.ambito_id::text = current_setting('zona.ambito_id', true)
    AND p.unita_in IS NULL AND p.anonimizzata_il IS NULL
    AND (p.codice_fiscale = cf
      OR (zona_norm(cognome_nome) <% zona_norm(p.cognome || ' ' || p.nome)
          AND (p.data_nascita = nascita OR p.comune_id = comune)))
  ORDER BY (p.codice_fiscale = cf) DESC, 4 DESC, p.id
  LIMIT 10
$$ LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public;
--> statement-breakpoint
REVOKE ALL ON FUNCTION zona_persone_simili(text, text, date, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION zona_persone_simili(text, text, date, uuid) TO zona_app;
