CREATE TYPE "public"."codice_disabilita" AS ENUM('invalidita_75', 'invalidita_100_accompagnamento', 'invalidita_100', 'npi', 'l104_art3c1', 'l104_art3c3', 'l104_art12', 'l104_art13', 'indennita_accompagnamento');--> statement-breakpoint
CREATE TYPE "public"."tipo_documento" AS ENUM('approvazione', 'rigetto', 'preavviso_rigetto', 'richiesta_integrazione');--> statement-breakpoint
CREATE TABLE "eventi_bando" (
	"ambito_id" uuid NOT NULL,
	"id" bigserial PRIMARY KEY NOT NULL,
	"bando_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"attore_id" uuid NOT NULL,
	"azione" text NOT NULL,
	"dettagli" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificazioni_disabilita" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"persona_id" uuid NOT NULL,
	"codice" "codice_disabilita" NOT NULL,
	"data_rilascio" date NOT NULL,
	"scadenza" date,
	"ente" text DEFAULT '' NOT NULL,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL,
	"creato_da" uuid,
	CONSTRAINT "disabilita_date" CHECK ("certificazioni_disabilita"."scadenza" is null or "certificazioni_disabilita"."scadenza" >= "certificazioni_disabilita"."data_rilascio")
);
--> statement-breakpoint
CREATE TABLE "modelli_documento" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tipo" "tipo_documento" NOT NULL,
	"oggetto" text NOT NULL,
	"corpo" text NOT NULL,
	"aggiornato_il" timestamp with time zone DEFAULT now() NOT NULL,
	"aggiornato_da" uuid
);
--> statement-breakpoint
CREATE TABLE "documenti_richiesta" (
	"ambito_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"richiesta_id" uuid NOT NULL,
	"tipo" "tipo_documento" NOT NULL,
	"oggetto" text NOT NULL,
	"html" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL,
	"creato_da" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_erogazione" (
	"ambito_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"richiesta_id" uuid NOT NULL,
	"progressivo" integer NOT NULL,
	"competenza" date NOT NULL,
	"importo" numeric(10, 2) NOT NULL,
	"ore" numeric(6, 2),
	"liquidata_il" timestamp with time zone,
	"liquidata_da" uuid,
	"riferimento" text,
	CONSTRAINT "rate_importo" CHECK ("rate_erogazione"."importo" >= 0 and coalesce("rate_erogazione"."ore", 0) >= 0)
);
--> statement-breakpoint
ALTER TABLE "bandi" ADD COLUMN "importi_fasce" jsonb;--> statement-breakpoint
ALTER TABLE "bandi" ADD COLUMN "ore_mensili" numeric(6, 2);--> statement-breakpoint
ALTER TABLE "bandi" ADD COLUMN "responsabile_id" uuid;--> statement-breakpoint
ALTER TABLE "bandi" ADD COLUMN "chiuso_il" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bandi" ADD COLUMN "graduatoria_il" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bandi" ADD COLUMN "graduatoria_pubblicata_il" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bandi" ADD COLUMN "aggiornato_il" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "persone" ADD COLUMN "componenti_nucleo" integer;--> statement-breakpoint
ALTER TABLE "persone" ADD COLUMN "vive_solo" boolean;--> statement-breakpoint
ALTER TABLE "persone" ADD COLUMN "al_domicilio" boolean;--> statement-breakpoint
ALTER TABLE "persone" ADD COLUMN "condizioni_aggiornate_il" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "ammissibilita" jsonb;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "esito_ammissibilita" text;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "esito_forzato" text;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "forzatura_motivazione" text;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "forzata_da" uuid;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "forzata_il" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "dichiarazioni" jsonb;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "valutazione" numeric(6, 2);--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "isee_valore" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "punteggio" numeric(8, 2);--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "punteggio_dettaglio" jsonb;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "posizione_graduatoria" integer;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "compartecipazione" jsonb;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "ore_mensili" numeric(6, 2);--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "data_fine" date;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "termine_giorni" integer;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "scadenza_termine" date;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "sospeso_dal" date;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "giorni_sospensione" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "integrazione_usata" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "preavviso_il" date;--> statement-breakpoint
ALTER TABLE "eventi_bando" ADD CONSTRAINT "eventi_bando_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eventi_bando" ADD CONSTRAINT "eventi_bando_bando_id_bandi_id_fk" FOREIGN KEY ("bando_id") REFERENCES "public"."bandi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eventi_bando" ADD CONSTRAINT "eventi_bando_attore_id_utenti_id_fk" FOREIGN KEY ("attore_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificazioni_disabilita" ADD CONSTRAINT "certificazioni_disabilita_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificazioni_disabilita" ADD CONSTRAINT "certificazioni_disabilita_persona_id_persone_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."persone"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificazioni_disabilita" ADD CONSTRAINT "certificazioni_disabilita_creato_da_utenti_id_fk" FOREIGN KEY ("creato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "modelli_documento" ADD CONSTRAINT "modelli_documento_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "modelli_documento" ADD CONSTRAINT "modelli_documento_aggiornato_da_utenti_id_fk" FOREIGN KEY ("aggiornato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documenti_richiesta" ADD CONSTRAINT "documenti_richiesta_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documenti_richiesta" ADD CONSTRAINT "documenti_richiesta_comune_id_comuni_id_fk" FOREIGN KEY ("comune_id") REFERENCES "public"."comuni"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documenti_richiesta" ADD CONSTRAINT "documenti_richiesta_richiesta_id_richieste_id_fk" FOREIGN KEY ("richiesta_id") REFERENCES "public"."richieste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documenti_richiesta" ADD CONSTRAINT "documenti_richiesta_creato_da_utenti_id_fk" FOREIGN KEY ("creato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_erogazione" ADD CONSTRAINT "rate_erogazione_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_erogazione" ADD CONSTRAINT "rate_erogazione_comune_id_comuni_id_fk" FOREIGN KEY ("comune_id") REFERENCES "public"."comuni"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_erogazione" ADD CONSTRAINT "rate_erogazione_richiesta_id_richieste_id_fk" FOREIGN KEY ("richiesta_id") REFERENCES "public"."richieste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_erogazione" ADD CONSTRAINT "rate_erogazione_liquidata_da_utenti_id_fk" FOREIGN KEY ("liquidata_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eventi_bando_ambito_bando_idx" ON "eventi_bando" USING btree ("ambito_id","bando_id","at");--> statement-breakpoint
CREATE INDEX "disabilita_ambito_persona_idx" ON "certificazioni_disabilita" USING btree ("ambito_id","persona_id");--> statement-breakpoint
CREATE UNIQUE INDEX "modelli_ambito_tipo_uq" ON "modelli_documento" USING btree ("ambito_id","tipo");--> statement-breakpoint
CREATE INDEX "documenti_ambito_richiesta_idx" ON "documenti_richiesta" USING btree ("ambito_id","richiesta_id","creato_il");--> statement-breakpoint
CREATE UNIQUE INDEX "rate_richiesta_progressivo_uq" ON "rate_erogazione" USING btree ("richiesta_id","progressivo");--> statement-breakpoint
CREATE INDEX "rate_ambito_richiesta_idx" ON "rate_erogazione" USING btree ("ambito_id","richiesta_id","progressivo");--> statement-breakpoint
CREATE INDEX "rate_ambito_da_liquidare_idx" ON "rate_erogazione" USING btree ("ambito_id","competenza");--> statement-breakpoint
ALTER TABLE "bandi" ADD CONSTRAINT "bandi_responsabile_id_utenti_id_fk" FOREIGN KEY ("responsabile_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "richieste" ADD CONSTRAINT "richieste_forzata_da_utenti_id_fk" FOREIGN KEY ("forzata_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "richieste_ambito_bando_idx" ON "richieste" USING btree ("ambito_id","bando_id","stato","posizione_graduatoria");--> statement-breakpoint
CREATE INDEX "richieste_ambito_scadenza_idx" ON "richieste" USING btree ("ambito_id","scadenza_termine");--> statement-breakpoint
ALTER TABLE "persone" ADD CONSTRAINT "persone_nucleo" CHECK ("persone"."componenti_nucleo" is null or "persone"."componenti_nucleo" between 1 and 30);--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON eventi_bando, certificazioni_disabilita, modelli_documento, documenti_richiesta, rate_erogazione TO zona_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO zona_app;
--> statement-breakpoint
ALTER TABLE eventi_bando ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY eventi_bando_ambito ON eventi_bando TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
--> statement-breakpoint
ALTER TABLE modelli_documento ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY modelli_ambito ON modelli_documento TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
--> statement-breakpoint
ALTER TABLE certificazioni_disabilita ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY disabilita_scope ON certificazioni_disabilita TO zona_app
  USING (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM persone p WHERE p.id = persona_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM persone p WHERE p.id = persona_id));
--> statement-breakpoint
ALTER TABLE documenti_richiesta ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY documenti_scope ON documenti_richiesta TO zona_app
  USING (zona_in_scope(ambito_id, comune_id)) WITH CHECK (zona_in_scope(ambito_id, comune_id));
--> statement-breakpoint
ALTER TABLE rate_erogazione ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY rate_scope ON rate_erogazione TO zona_app
  USING (zona_in_scope(ambito_id, comune_id)) WITH CHECK (zona_in_scope(ambito_id, comune_id));
--> statement-breakpoint
-- Issued documents are records: they may be added, never changed or removed.
REVOKE UPDATE, DELETE ON documenti_richiesta FROM zona_app;
