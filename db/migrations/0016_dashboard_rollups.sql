CREATE TABLE "cruscotto_budget" (
	"ambito_id" uuid NOT NULL,
	"bando_id" uuid NOT NULL,
	"comune_id" uuid,
	"area" "area_intervento",
	"stanziato" numeric(16, 2) DEFAULT '0' NOT NULL,
	"impegnato" numeric(16, 2) DEFAULT '0' NOT NULL,
	"pagato" numeric(16, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "cruscotto_budget_uq" UNIQUE NULLS NOT DISTINCT("ambito_id","bando_id","comune_id","area")
);
--> statement-breakpoint
CREATE TABLE "cruscotto_cartelle" (
	"ambito_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	"area" "area_intervento" NOT NULL,
	"operatore_id" uuid,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "cruscotto_cartelle_uq" UNIQUE NULLS NOT DISTINCT("ambito_id","comune_id","area","operatore_id")
);
--> statement-breakpoint
CREATE TABLE "cruscotto_decisioni" (
	"ambito_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	"area" "area_intervento" NOT NULL,
	"mese" date NOT NULL,
	"esito" text NOT NULL,
	"giorni" integer NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "cruscotto_decisioni_uq" UNIQUE("ambito_id","mese","comune_id","area","esito","giorni")
);
--> statement-breakpoint
CREATE TABLE "cruscotto_persone" (
	"ambito_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	"area" "area_intervento" NOT NULL,
	"sesso" "sesso" NOT NULL,
	"anno_nascita" smallint NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "cruscotto_persone_uq" UNIQUE("ambito_id","comune_id","area","sesso","anno_nascita")
);
--> statement-breakpoint
CREATE TABLE "cruscotto_richieste" (
	"ambito_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	"area" "area_intervento" NOT NULL,
	"bando_id" uuid,
	"mese" date NOT NULL,
	"stato" "stato_richiesta" NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "cruscotto_richieste_uq" UNIQUE NULLS NOT DISTINCT("ambito_id","mese","comune_id","area","bando_id","stato")
);
--> statement-breakpoint
CREATE TABLE "cruscotto_scadenze" (
	"ambito_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	"area" "area_intervento" NOT NULL,
	"scaduta_dal" date NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "cruscotto_scadenze_uq" UNIQUE("ambito_id","scaduta_dal","comune_id","area")
);
--> statement-breakpoint
-- How a base row maps to its rollup keys: one definition, used by the triggers and the rebuild.
CREATE OR REPLACE FUNCTION zona_mese(ts timestamptz) RETURNS date AS $$
  SELECT date_trunc('month', ts AT TIME ZONE 'Europe/Rome')::date
$$ LANGUAGE sql IMMUTABLE;--> statement-breakpoint
-- The first day an open request is overdue under L. 241/1990, as lib/data/procedure-term.ts
-- computes it: a suspension stops the clock for its cap (10 days preavviso, 30 integrazione).
CREATE OR REPLACE FUNCTION zona_scaduta_dal(stato stato_richiesta, scadenza date, sospeso date) RETURNS date AS $$
  SELECT CASE
    WHEN stato NOT IN ('presentata', 'in_istruttoria', 'integrazione_richiesta', 'preavviso_rigetto')
      OR scadenza IS NULL THEN NULL
    WHEN sospeso IS NULL THEN scadenza + 1
    ELSE greatest(sospeso + cap, scadenza + cap + 1)
  END
  FROM (SELECT CASE WHEN stato = 'preavviso_rigetto' THEN 10 ELSE 30 END AS cap) c
$$ LANGUAGE sql IMMUTABLE;--> statement-breakpoint
CREATE OR REPLACE FUNCTION zona_esito(stato stato_richiesta, deciso timestamptz) RETURNS text AS $$
  SELECT CASE WHEN deciso IS NULL THEN NULL WHEN stato = 'respinta' THEN 'respinta' ELSE 'approvata' END
$$ LANGUAGE sql IMMUTABLE;--> statement-breakpoint
CREATE OR REPLACE FUNCTION zona_giorni_decisione(depositata timestamptz, deciso timestamptz) RETURNS integer AS $$
  SELECT greatest(0, (deciso AT TIME ZONE 'Europe/Rome')::date - (depositata AT TIME ZONE 'Europe/Rome')::date)
$$ LANGUAGE sql IMMUTABLE;--> statement-breakpoint
CREATE OR REPLACE FUNCTION zona_bump_richieste(a uuid, c uuid, ar area_intervento, b uuid, m date, s stato_richiesta, d integer) RETURNS void AS $$
  INSERT INTO cruscotto_richieste AS t (ambito_id, comune_id, area, bando_id, mese, stato, n)
  VALUES (a, c, ar, b, m, s, d)
  ON CONFLICT ON CONSTRAINT cruscotto_richieste_uq DO UPDATE SET n = t.n + excluded.n
$$ LANGUAGE sql;--> statement-breakpoint
CREATE OR REPLACE FUNCTION zona_bump_decisioni(a uuid, c uuid, ar area_intervento, m date, e text, g integer, d integer) RETURNS void AS $$
  INSERT INTO cruscotto_decisioni AS t (ambito_id, comune_id, area, mese, esito, giorni, n)
  SELECT a, c, ar, m, e, g, d WHERE e IS NOT NULL
  ON CONFLICT ON CONSTRAINT cruscotto_decisioni_uq DO UPDATE SET n = t.n + excluded.n
$$ LANGUAGE sql;--> statement-breakpoint
CREATE OR REPLACE FUNCTION zona_bump_scadenze(a uuid, c uuid, ar area_intervento, dal date, d integer) RETURNS void AS $$
  INSERT INTO cruscotto_scadenze AS t (ambito_id, comune_id, area, scaduta_dal, n)
  SELECT a, c, ar, dal, d WHERE dal IS NOT NULL
  ON CONFLICT ON CONSTRAINT cruscotto_scadenze_uq DO UPDATE SET n = t.n + excluded.n
$$ LANGUAGE sql;--> statement-breakpoint
CREATE OR REPLACE FUNCTION zona_bump_budget(a uuid, b uuid, c uuid, ar area_intervento, st numeric, im numeric, pa numeric) RETURNS void AS $$
  INSERT INTO cruscotto_budget AS t (ambito_id, bando_id, comune_id, area, stanziato, impegnato, pagato)
  SELECT a, b, c, ar, st, im, pa WHERE b IS NOT NULL AND (st <> 0 OR im <> 0 OR pa <> 0)
  ON CONFLICT ON CONSTRAINT cruscotto_budget_uq DO UPDATE SET stanziato = t.stanziato + excluded.stanziato,
    impegnato = t.impegnato + excluded.impegnato, pagato = t.pagato + excluded.pagato
$$ LANGUAGE sql;--> statement-breakpoint
CREATE OR REPLACE FUNCTION zona_bump_cartelle(a uuid, c uuid, ar area_intervento, op uuid, persona uuid, d integer) RETURNS void AS $$
  INSERT INTO cruscotto_cartelle AS t (ambito_id, comune_id, area, operatore_id, n)
  VALUES (a, c, ar, op, d)
  ON CONFLICT ON CONSTRAINT cruscotto_cartelle_uq DO UPDATE SET n = t.n + excluded.n;
  INSERT INTO cruscotto_persone AS t (ambito_id, comune_id, area, sesso, anno_nascita, n)
  SELECT a, c, ar, p.sesso, extract(year FROM p.data_nascita)::smallint, d FROM persone p WHERE p.id = persona
  ON CONFLICT ON CONSTRAINT cruscotto_persone_uq DO UPDATE SET n = t.n + excluded.n;
$$ LANGUAGE sql;--> statement-breakpoint
-- Requests: status funnel, decisions, terms and committed money.
CREATE OR REPLACE FUNCTION zona_rollup_richieste() RETURNS trigger AS $$
DECLARE
  o_area area_intervento;
  n_area area_intervento;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT area INTO o_area FROM misure WHERE id = OLD.misura_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF TG_OP = 'UPDATE' AND NEW.misura_id = OLD.misura_id THEN n_area := o_area;
    ELSE SELECT area INTO n_area FROM misure WHERE id = NEW.misura_id;
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF ROW(OLD.ambito_id, OLD.comune_id, o_area, OLD.bando_id, zona_mese(coalesce(OLD.protocollo_data, OLD.creato_il)), OLD.stato)
       IS DISTINCT FROM ROW(NEW.ambito_id, NEW.comune_id, n_area, NEW.bando_id, zona_mese(coalesce(NEW.protocollo_data, NEW.creato_il)), NEW.stato) THEN
      PERFORM zona_bump_richieste(OLD.ambito_id, OLD.comune_id, o_area, OLD.bando_id, zona_mese(coalesce(OLD.protocollo_data, OLD.creato_il)), OLD.stato, -1);
      PERFORM zona_bump_richieste(NEW.ambito_id, NEW.comune_id, n_area, NEW.bando_id, zona_mese(coalesce(NEW.protocollo_data, NEW.creato_il)), NEW.stato, 1);
    END IF;
    IF ROW(OLD.ambito_id, OLD.comune_id, o_area, OLD.deciso_il, zona_esito(OLD.stato, OLD.deciso_il), coalesce(OLD.protocollo_data, OLD.creato_il))
       IS DISTINCT FROM ROW(NEW.ambito_id, NEW.comune_id, n_area, NEW.deciso_il, zona_esito(NEW.stato, NEW.deciso_il), coalesce(NEW.protocollo_data, NEW.creato_il)) THEN
      PERFORM zona_bump_decisioni(OLD.ambito_id, OLD.comune_id, o_area, zona_mese(OLD.deciso_il), zona_esito(OLD.stato, OLD.deciso_il), zona_giorni_decisione(coalesce(OLD.protocollo_data, OLD.creato_il), OLD.deciso_il), -1);
      PERFORM zona_bump_decisioni(NEW.ambito_id, NEW.comune_id, n_area, zona_mese(NEW.deciso_il), zona_esito(NEW.stato, NEW.deciso_il), zona_giorni_decisione(coalesce(NEW.protocollo_data, NEW.creato_il), NEW.deciso_il), 1);
    END IF;
    IF ROW(OLD.ambito_id, OLD.comune_id, o_area, zona_scaduta_dal(OLD.stato, OLD.scadenza_termine, OLD.sospeso_dal))
       IS DISTINCT FROM ROW(NEW.ambito_id, NEW.comune_id, n_area, zona_scaduta_dal(NEW.stato, NEW.scadenza_termine, NEW.sospeso_dal)) THEN
      PERFORM zona_bump_scadenze(OLD.ambito_id, OLD.comune_id, o_area, zona_scaduta_dal(OLD.stato, OLD.scadenza_termine, OLD.sospeso_dal), -1);
      PERFORM zona_bump_scadenze(NEW.ambito_id, NEW.comune_id, n_area, zona_scaduta_dal(NEW.stato, NEW.scadenza_termine, NEW.sospeso_dal), 1);
    END IF;
    IF ROW(OLD.ambito_id, OLD.comune_id, o_area, OLD.bando_id, OLD.importo_impegnato)
       IS DISTINCT FROM ROW(NEW.ambito_id, NEW.comune_id, n_area, NEW.bando_id, NEW.importo_impegnato) THEN
      PERFORM zona_bump_budget(OLD.ambito_id, OLD.bando_id, OLD.comune_id, o_area, 0, -coalesce(OLD.importo_impegnato, 0), 0);
      PERFORM zona_bump_budget(NEW.ambito_id, NEW.bando_id, NEW.comune_id, n_area, 0, coalesce(NEW.importo_impegnato, 0), 0);
    END IF;
    -- What was paid follows the request's bando and area (instalments keep their own comune).
    IF ROW(OLD.ambito_id, OLD.bando_id, o_area) IS DISTINCT FROM ROW(NEW.ambito_id, NEW.bando_id, n_area) THEN
      PERFORM zona_bump_budget(OLD.ambito_id, OLD.bando_id, r.comune_id, o_area, 0, 0, -sum(r.importo))
        FROM rate_erogazione r WHERE r.richiesta_id = OLD.id AND r.liquidata_il IS NOT NULL GROUP BY r.comune_id;
      PERFORM zona_bump_budget(NEW.ambito_id, NEW.bando_id, r.comune_id, n_area, 0, 0, sum(r.importo))
        FROM rate_erogazione r WHERE r.richiesta_id = NEW.id AND r.liquidata_il IS NOT NULL GROUP BY r.comune_id;
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    PERFORM zona_bump_richieste(OLD.ambito_id, OLD.comune_id, o_area, OLD.bando_id, zona_mese(coalesce(OLD.protocollo_data, OLD.creato_il)), OLD.stato, -1);
    PERFORM zona_bump_decisioni(OLD.ambito_id, OLD.comune_id, o_area, zona_mese(OLD.deciso_il), zona_esito(OLD.stato, OLD.deciso_il), zona_giorni_decisione(coalesce(OLD.protocollo_data, OLD.creato_il), OLD.deciso_il), -1);
    PERFORM zona_bump_scadenze(OLD.ambito_id, OLD.comune_id, o_area, zona_scaduta_dal(OLD.stato, OLD.scadenza_termine, OLD.sospeso_dal), -1);
    PERFORM zona_bump_budget(OLD.ambito_id, OLD.bando_id, OLD.comune_id, o_area, 0, -coalesce(OLD.importo_impegnato, 0), 0);
    RETURN NULL;
  END IF;
  PERFORM zona_bump_richieste(NEW.ambito_id, NEW.comune_id, n_area, NEW.bando_id, zona_mese(coalesce(NEW.protocollo_data, NEW.creato_il)), NEW.stato, 1);
  PERFORM zona_bump_decisioni(NEW.ambito_id, NEW.comune_id, n_area, zona_mese(NEW.deciso_il), zona_esito(NEW.stato, NEW.deciso_il), zona_giorni_decisione(coalesce(NEW.protocollo_data, NEW.creato_il), NEW.deciso_il), 1);
  PERFORM zona_bump_scadenze(NEW.ambito_id, NEW.comune_id, n_area, zona_scaduta_dal(NEW.stato, NEW.scadenza_termine, NEW.sospeso_dal), 1);
  PERFORM zona_bump_budget(NEW.ambito_id, NEW.bando_id, NEW.comune_id, n_area, 0, coalesce(NEW.importo_impegnato, 0), 0);
  RETURN NULL;
END
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = public;--> statement-breakpoint
CREATE TRIGGER richieste_cruscotto AFTER INSERT OR UPDATE OR DELETE ON richieste
  FOR EACH ROW EXECUTE FUNCTION zona_rollup_richieste();--> statement-breakpoint
-- Cartelle: the caseload, and the people served (sex and year of birth from the person).
CREATE OR REPLACE FUNCTION zona_rollup_cartelle() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND ROW(OLD.ambito_id, OLD.comune_id, OLD.area, OLD.operatore_id, OLD.persona_id, OLD.stato = 'chiusa')
     IS NOT DISTINCT FROM ROW(NEW.ambito_id, NEW.comune_id, NEW.area, NEW.operatore_id, NEW.persona_id, NEW.stato = 'chiusa') THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' AND OLD.stato <> 'chiusa' THEN
    PERFORM zona_bump_cartelle(OLD.ambito_id, OLD.comune_id, OLD.area, OLD.operatore_id, OLD.persona_id, -1);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.stato <> 'chiusa' THEN
    PERFORM zona_bump_cartelle(NEW.ambito_id, NEW.comune_id, NEW.area, NEW.operatore_id, NEW.persona_id, 1);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = public;--> statement-breakpoint
CREATE TRIGGER cartelle_cruscotto AFTER INSERT OR UPDATE OR DELETE ON cartelle
  FOR EACH ROW EXECUTE FUNCTION zona_rollup_cartelle();--> statement-breakpoint
-- A person's sex or year of birth corrected: move their open cartelle in cruscotto_persone.
CREATE OR REPLACE FUNCTION zona_rollup_persone() RETURNS trigger AS $$
BEGIN
  INSERT INTO cruscotto_persone AS t (ambito_id, comune_id, area, sesso, anno_nascita, n)
  SELECT k.ambito_id, k.comune_id, k.area, v.sesso, v.anno, v.d
  FROM cartelle k
  CROSS JOIN (VALUES (OLD.sesso, extract(year FROM OLD.data_nascita)::smallint, -1),
                     (NEW.sesso, extract(year FROM NEW.data_nascita)::smallint, 1)) AS v(sesso, anno, d)
  WHERE k.persona_id = NEW.id AND k.ambito_id = NEW.ambito_id AND k.stato <> 'chiusa'
  ON CONFLICT ON CONSTRAINT cruscotto_persone_uq DO UPDATE SET n = t.n + excluded.n;
  RETURN NULL;
END
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = public;--> statement-breakpoint
CREATE TRIGGER persone_cruscotto AFTER UPDATE OF sesso, data_nascita ON persone
  FOR EACH ROW WHEN (OLD.sesso IS DISTINCT FROM NEW.sesso
    OR extract(year FROM OLD.data_nascita) IS DISTINCT FROM extract(year FROM NEW.data_nascita))
  EXECUTE FUNCTION zona_rollup_persone();--> statement-breakpoint
-- Budget lines: the money allocated.
CREATE OR REPLACE FUNCTION zona_rollup_budget_voci() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM zona_bump_budget(OLD.ambito_id, OLD.bando_id, OLD.comune_id, OLD.area, -OLD.stanziato, 0, 0);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM zona_bump_budget(NEW.ambito_id, NEW.bando_id, NEW.comune_id, NEW.area, NEW.stanziato, 0, 0);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = public;--> statement-breakpoint
CREATE TRIGGER budget_voci_cruscotto AFTER INSERT OR UPDATE OF ambito_id, bando_id, comune_id, area, stanziato OR DELETE ON budget_voci
  FOR EACH ROW EXECUTE FUNCTION zona_rollup_budget_voci();--> statement-breakpoint
-- Instalments: the money paid (liquidated), under the request's bando and area.
CREATE OR REPLACE FUNCTION zona_rollup_rate() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.liquidata_il IS NOT NULL THEN
    PERFORM zona_bump_budget(OLD.ambito_id, r.bando_id, OLD.comune_id, m.area, 0, 0, -OLD.importo)
      FROM richieste r JOIN misure m ON m.id = r.misura_id WHERE r.id = OLD.richiesta_id;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.liquidata_il IS NOT NULL THEN
    PERFORM zona_bump_budget(NEW.ambito_id, r.bando_id, NEW.comune_id, m.area, 0, 0, NEW.importo)
      FROM richieste r JOIN misure m ON m.id = r.misura_id WHERE r.id = NEW.richiesta_id;
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = public;--> statement-breakpoint
CREATE TRIGGER rate_cruscotto AFTER INSERT OR UPDATE OF ambito_id, comune_id, richiesta_id, importo, liquidata_il OR DELETE ON rate_erogazione
  FOR EACH ROW EXECUTE FUNCTION zona_rollup_rate();--> statement-breakpoint
-- Recomputes every rollup from the base tables: after bulk loads (COPY) or a measure's area change.
CREATE OR REPLACE FUNCTION zona_rebuild_rollups() RETURNS void AS $$
BEGIN
  DELETE FROM cruscotto_cartelle;
  DELETE FROM cruscotto_persone;
  DELETE FROM cruscotto_richieste;
  DELETE FROM cruscotto_decisioni;
  DELETE FROM cruscotto_scadenze;
  DELETE FROM cruscotto_budget;
  INSERT INTO cruscotto_cartelle (ambito_id, comune_id, area, operatore_id, n)
    SELECT ambito_id, comune_id, area, operatore_id, count(*) FROM cartelle
    WHERE stato <> 'chiusa' GROUP BY 1, 2, 3, 4;
  INSERT INTO cruscotto_persone (ambito_id, comune_id, area, sesso, anno_nascita, n)
    SELECT k.ambito_id, k.comune_id, k.area, p.sesso, extract(year FROM p.data_nascita)::smallint, count(*)
    FROM cartelle k JOIN persone p ON p.id = k.persona_id
    WHERE k.stato <> 'chiusa' GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO cruscotto_richieste (ambito_id, comune_id, area, bando_id, mese, stato, n)
    SELECT r.ambito_id, r.comune_id, m.area, r.bando_id, zona_mese(coalesce(r.protocollo_data, r.creato_il)), r.stato, count(*)
    FROM richieste r JOIN misure m ON m.id = r.misura_id GROUP BY 1, 2, 3, 4, 5, 6;
  INSERT INTO cruscotto_decisioni (ambito_id, comune_id, area, mese, esito, giorni, n)
    SELECT r.ambito_id, r.comune_id, m.area, zona_mese(r.deciso_il), zona_esito(r.stato, r.deciso_il),
      zona_giorni_decisione(coalesce(r.protocollo_data, r.creato_il), r.deciso_il), count(*)
    FROM richieste r JOIN misure m ON m.id = r.misura_id WHERE r.deciso_il IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6;
  INSERT INTO cruscotto_scadenze (ambito_id, comune_id, area, scaduta_dal, n)
    SELECT r.ambito_id, r.comune_id, m.area, zona_scaduta_dal(r.stato, r.scadenza_termine, r.sospeso_dal), count(*)
    FROM richieste r JOIN misure m ON m.id = r.misura_id
    WHERE zona_scaduta_dal(r.stato, r.scadenza_termine, r.sospeso_dal) IS NOT NULL GROUP BY 1, 2, 3, 4;
  INSERT INTO cruscotto_budget (ambito_id, bando_id, comune_id, area, stanziato, impegnato, pagato)
    SELECT ambito_id, bando_id, comune_id, area, sum(st), sum(im), sum(pa) FROM (
      SELECT ambito_id, bando_id, comune_id, area, stanziato AS st, 0::numeric AS im, 0::numeric AS pa FROM budget_voci
      UNION ALL
      SELECT r.ambito_id, r.bando_id, r.comune_id, m.area, 0, r.importo_impegnato, 0
        FROM richieste r JOIN misure m ON m.id = r.misura_id
        WHERE r.bando_id IS NOT NULL AND coalesce(r.importo_impegnato, 0) <> 0
      UNION ALL
      SELECT q.ambito_id, r.bando_id, q.comune_id, m.area, 0, 0, q.importo
        FROM rate_erogazione q JOIN richieste r ON r.id = q.richiesta_id JOIN misure m ON m.id = r.misura_id
        WHERE q.liquidata_il IS NOT NULL AND r.bando_id IS NOT NULL
    ) s GROUP BY 1, 2, 3, 4;
END
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = public;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION zona_rebuild_rollups() FROM PUBLIC;--> statement-breakpoint
CREATE OR REPLACE FUNCTION zona_rollup_misure() RETURNS trigger AS $$
BEGIN
  PERFORM zona_rebuild_rollups();
  RETURN NULL;
END
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = public;--> statement-breakpoint
CREATE TRIGGER misure_cruscotto AFTER UPDATE OF area ON misure
  FOR EACH ROW WHEN (OLD.area IS DISTINCT FROM NEW.area) EXECUTE FUNCTION zona_rollup_misure();--> statement-breakpoint
SELECT zona_rebuild_rollups();--> statement-breakpoint
-- Row-level security: the application reads the rollups of its ambito and comuni only; the
-- triggers (security definer) write them.
GRANT SELECT ON cruscotto_cartelle, cruscotto_persone, cruscotto_richieste, cruscotto_decisioni, cruscotto_scadenze, cruscotto_budget TO zona_app;--> statement-breakpoint
ALTER TABLE cruscotto_cartelle ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY cruscotto_cartelle_scope ON cruscotto_cartelle TO zona_app USING (zona_in_scope(ambito_id, comune_id));--> statement-breakpoint
ALTER TABLE cruscotto_persone ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY cruscotto_persone_scope ON cruscotto_persone TO zona_app USING (zona_in_scope(ambito_id, comune_id));--> statement-breakpoint
ALTER TABLE cruscotto_richieste ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY cruscotto_richieste_scope ON cruscotto_richieste TO zona_app USING (zona_in_scope(ambito_id, comune_id));--> statement-breakpoint
ALTER TABLE cruscotto_decisioni ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY cruscotto_decisioni_scope ON cruscotto_decisioni TO zona_app USING (zona_in_scope(ambito_id, comune_id));--> statement-breakpoint
ALTER TABLE cruscotto_scadenze ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY cruscotto_scadenze_scope ON cruscotto_scadenze TO zona_app USING (zona_in_scope(ambito_id, comune_id));--> statement-breakpoint
ALTER TABLE cruscotto_budget ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
-- Lines for the whole ambito (no comune) are the district's: only a district scope sees them.
CREATE POLICY cruscotto_budget_scope ON cruscotto_budget TO zona_app USING (zona_in_scope(ambito_id, comune_id));
