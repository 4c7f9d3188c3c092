CREATE TYPE "public"."tipo_appuntamento" AS ENUM('visita_domiciliare', 'colloquio', 'riunione', 'altro');--> statement-breakpoint
CREATE TYPE "public"."stato_appuntamento" AS ENUM('programmato', 'svolto', 'annullato');--> statement-breakpoint
CREATE TYPE "public"."tipo_valutazione" AS ENUM('sina', 'sinba');--> statement-breakpoint
CREATE TYPE "public"."evento_cartella" AS ENUM('aperta', 'sospesa', 'ripresa', 'chiusa', 'riaperta', 'trasferita', 'equipe');--> statement-breakpoint
CREATE TYPE "public"."stato_cartella" AS ENUM('aperta', 'sospesa', 'chiusa');--> statement-breakpoint
CREATE TYPE "public"."tipo_voce_diario" AS ENUM('colloquio', 'visita_domiciliare', 'telefonata', 'riunione_equipe', 'altro');--> statement-breakpoint
CREATE TYPE "public"."esito_obiettivo" AS ENUM('in_corso', 'raggiunto', 'parzialmente_raggiunto', 'non_raggiunto');--> statement-breakpoint
CREATE TYPE "public"."tipo_legame" AS ENUM('nucleo', 'rete');--> statement-breakpoint
CREATE TYPE "public"."stato_progetto" AS ENUM('attivo', 'concluso');--> statement-breakpoint
CREATE TYPE "public"."relazione" AS ENUM('coniuge', 'convivente', 'figlio', 'genitore', 'fratello_sorella', 'nonno', 'nipote', 'altro_parente', 'caregiver', 'amministratore_sostegno', 'tutore', 'vicino', 'volontario', 'servizio', 'altro');--> statement-breakpoint
CREATE TYPE "public"."stato_trasferimento" AS ENUM('in_attesa', 'accettato', 'rifiutato', 'annullato');--> statement-breakpoint
CREATE TABLE "eventi_cartella" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cartella_id" uuid NOT NULL,
	"evento" "evento_cartella" NOT NULL,
	"stato_da" "stato_cartella",
	"stato_a" "stato_cartella",
	"motivo" text,
	"dettagli" text,
	"autore_id" uuid,
	"il" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "equipe_cartella" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cartella_id" uuid NOT NULL,
	"utente_id" uuid NOT NULL,
	"referente" boolean DEFAULT false NOT NULL,
	"dal_il" timestamp with time zone DEFAULT now() NOT NULL,
	"al_il" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "appuntamenti" (
	"ambito_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operatore_id" uuid NOT NULL,
	"cartella_id" uuid,
	"tipo" "tipo_appuntamento" NOT NULL,
	"stato" "stato_appuntamento" DEFAULT 'programmato' NOT NULL,
	"inizio" timestamp with time zone NOT NULL,
	"fine" timestamp with time zone NOT NULL,
	"luogo" text,
	"note" text,
	"creato_da" uuid,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appuntamenti_durata" CHECK ("appuntamenti"."fine" > "appuntamenti"."inizio")
);
--> statement-breakpoint
CREATE TABLE "valutazioni" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cartella_id" uuid NOT NULL,
	"tipo" "tipo_valutazione" NOT NULL,
	"data" date NOT NULL,
	"voci" jsonb NOT NULL,
	"sintesi" text,
	"autore_id" uuid,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "obiettivi_progetto" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"progetto_id" uuid NOT NULL,
	"posizione" integer NOT NULL,
	"descrizione" text NOT NULL,
	"indicatore" text,
	"scadenza" date,
	"esito" "esito_obiettivo" DEFAULT 'in_corso' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interventi_progetto" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"progetto_id" uuid NOT NULL,
	"richiesta_id" uuid,
	"misura_id" uuid,
	"descrizione" text NOT NULL,
	"dal" date,
	"al" date
);
--> statement-breakpoint
CREATE TABLE "verifiche_progetto" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"progetto_id" uuid NOT NULL,
	"data" date NOT NULL,
	"esito" text NOT NULL,
	"prossima_verifica" date,
	"autore_id" uuid,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progetti" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cartella_id" uuid NOT NULL,
	"titolo" text NOT NULL,
	"stato" "stato_progetto" DEFAULT 'attivo' NOT NULL,
	"data_inizio" date NOT NULL,
	"prossima_verifica" date NOT NULL,
	"valutazione_id" uuid,
	"note" text,
	"autore_id" uuid,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL,
	"aggiornato_il" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voci_diario" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cartella_id" uuid NOT NULL,
	"tipo" "tipo_voce_diario" NOT NULL,
	"avvenuto_il" timestamp with time zone NOT NULL,
	"testo" text NOT NULL,
	"riservato" boolean DEFAULT false NOT NULL,
	"versione" integer DEFAULT 1 NOT NULL,
	"autore_id" uuid NOT NULL,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL,
	"modificato_il" timestamp with time zone,
	"modificato_da" uuid
);
--> statement-breakpoint
CREATE TABLE "versioni_voce_diario" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"voce_id" uuid NOT NULL,
	"versione" integer NOT NULL,
	"tipo" "tipo_voce_diario" NOT NULL,
	"avvenuto_il" timestamp with time zone NOT NULL,
	"testo" text NOT NULL,
	"riservato" boolean NOT NULL,
	"autore_id" uuid,
	"scritta_il" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legami" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"persona_id" uuid NOT NULL,
	"tipo" "tipo_legame" NOT NULL,
	"relazione" "relazione" NOT NULL,
	"persona_collegata_id" uuid,
	"nome" text,
	"contatto" text,
	"note" text,
	"da_anagrafe" text,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL,
	"creato_da" uuid,
	"rimosso_il" timestamp with time zone,
	CONSTRAINT "legami_chi" CHECK ("legami"."persona_collegata_id" is not null or ("legami"."tipo" = 'rete' and "legami"."nome" is not null)),
	CONSTRAINT "legami_non_se_stessa" CHECK ("legami"."persona_collegata_id" is distinct from "legami"."persona_id")
);
--> statement-breakpoint
CREATE TABLE "importazioni_anagrafe" (
	"ambito_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nome_file" text NOT NULL,
	"righe_totali" integer NOT NULL,
	"righe_elaborate" integer DEFAULT 0 NOT NULL,
	"create" integer DEFAULT 0 NOT NULL,
	"aggiornate" integer DEFAULT 0 NOT NULL,
	"invariate" integer DEFAULT 0 NOT NULL,
	"scartate" integer DEFAULT 0 NOT NULL,
	"scarti" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"creato_da" uuid,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL,
	"completata_il" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "documenti_persona" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"persona_id" uuid NOT NULL,
	"cartella_id" uuid,
	"titolo" text NOT NULL,
	"nome_file" text NOT NULL,
	"tipo_mime" text NOT NULL,
	"dimensione" bigint NOT NULL,
	"sha256" text NOT NULL,
	"chiave" text NOT NULL,
	"caricato_da" uuid,
	"caricato_il" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documenti_persona_chiave_unique" UNIQUE("chiave")
);
--> statement-breakpoint
CREATE TABLE "trasferimenti" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"persona_id" uuid NOT NULL,
	"da_comune_id" uuid NOT NULL,
	"a_comune_id" uuid NOT NULL,
	"nuovo_indirizzo" text,
	"motivo" text NOT NULL,
	"stato" "stato_trasferimento" DEFAULT 'in_attesa' NOT NULL,
	"richiesto_da" uuid,
	"richiesto_il" timestamp with time zone DEFAULT now() NOT NULL,
	"deciso_da" uuid,
	"deciso_il" timestamp with time zone,
	"nuovo_operatore_id" uuid,
	"note_decisione" text,
	CONSTRAINT "trasferimenti_altro_comune" CHECK ("trasferimenti"."da_comune_id" <> "trasferimenti"."a_comune_id")
);
--> statement-breakpoint
ALTER TABLE "cartelle" ADD COLUMN "stato" "stato_cartella" DEFAULT 'aperta' NOT NULL;--> statement-breakpoint
ALTER TABLE "cartelle" ADD COLUMN "aggiornata_il" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Cartelle created before the status column: closed ones say so, and each gets its opening event and referente.
UPDATE "cartelle" SET "stato" = 'chiusa' WHERE "chiusa_il" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "persone" ADD COLUMN "famiglia_anagrafe" text;--> statement-breakpoint
ALTER TABLE "eventi_cartella" ADD CONSTRAINT "eventi_cartella_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eventi_cartella" ADD CONSTRAINT "eventi_cartella_cartella_id_cartelle_id_fk" FOREIGN KEY ("cartella_id") REFERENCES "public"."cartelle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eventi_cartella" ADD CONSTRAINT "eventi_cartella_autore_id_utenti_id_fk" FOREIGN KEY ("autore_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipe_cartella" ADD CONSTRAINT "equipe_cartella_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipe_cartella" ADD CONSTRAINT "equipe_cartella_cartella_id_cartelle_id_fk" FOREIGN KEY ("cartella_id") REFERENCES "public"."cartelle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipe_cartella" ADD CONSTRAINT "equipe_cartella_utente_id_utenti_id_fk" FOREIGN KEY ("utente_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appuntamenti" ADD CONSTRAINT "appuntamenti_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appuntamenti" ADD CONSTRAINT "appuntamenti_comune_id_comuni_id_fk" FOREIGN KEY ("comune_id") REFERENCES "public"."comuni"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appuntamenti" ADD CONSTRAINT "appuntamenti_operatore_id_utenti_id_fk" FOREIGN KEY ("operatore_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appuntamenti" ADD CONSTRAINT "appuntamenti_cartella_id_cartelle_id_fk" FOREIGN KEY ("cartella_id") REFERENCES "public"."cartelle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appuntamenti" ADD CONSTRAINT "appuntamenti_creato_da_utenti_id_fk" FOREIGN KEY ("creato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "valutazioni" ADD CONSTRAINT "valutazioni_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "valutazioni" ADD CONSTRAINT "valutazioni_cartella_id_cartelle_id_fk" FOREIGN KEY ("cartella_id") REFERENCES "public"."cartelle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "valutazioni" ADD CONSTRAINT "valutazioni_autore_id_utenti_id_fk" FOREIGN KEY ("autore_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obiettivi_progetto" ADD CONSTRAINT "obiettivi_progetto_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obiettivi_progetto" ADD CONSTRAINT "obiettivi_progetto_progetto_id_progetti_id_fk" FOREIGN KEY ("progetto_id") REFERENCES "public"."progetti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventi_progetto" ADD CONSTRAINT "interventi_progetto_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventi_progetto" ADD CONSTRAINT "interventi_progetto_progetto_id_progetti_id_fk" FOREIGN KEY ("progetto_id") REFERENCES "public"."progetti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventi_progetto" ADD CONSTRAINT "interventi_progetto_richiesta_id_richieste_id_fk" FOREIGN KEY ("richiesta_id") REFERENCES "public"."richieste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventi_progetto" ADD CONSTRAINT "interventi_progetto_misura_id_misure_id_fk" FOREIGN KEY ("misura_id") REFERENCES "public"."misure"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verifiche_progetto" ADD CONSTRAINT "verifiche_progetto_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verifiche_progetto" ADD CONSTRAINT "verifiche_progetto_progetto_id_progetti_id_fk" FOREIGN KEY ("progetto_id") REFERENCES "public"."progetti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verifiche_progetto" ADD CONSTRAINT "verifiche_progetto_autore_id_utenti_id_fk" FOREIGN KEY ("autore_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progetti" ADD CONSTRAINT "progetti_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progetti" ADD CONSTRAINT "progetti_cartella_id_cartelle_id_fk" FOREIGN KEY ("cartella_id") REFERENCES "public"."cartelle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progetti" ADD CONSTRAINT "progetti_valutazione_id_valutazioni_id_fk" FOREIGN KEY ("valutazione_id") REFERENCES "public"."valutazioni"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progetti" ADD CONSTRAINT "progetti_autore_id_utenti_id_fk" FOREIGN KEY ("autore_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voci_diario" ADD CONSTRAINT "voci_diario_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voci_diario" ADD CONSTRAINT "voci_diario_cartella_id_cartelle_id_fk" FOREIGN KEY ("cartella_id") REFERENCES "public"."cartelle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voci_diario" ADD CONSTRAINT "voci_diario_autore_id_utenti_id_fk" FOREIGN KEY ("autore_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voci_diario" ADD CONSTRAINT "voci_diario_modificato_da_utenti_id_fk" FOREIGN KEY ("modificato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "versioni_voce_diario" ADD CONSTRAINT "versioni_voce_diario_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "versioni_voce_diario" ADD CONSTRAINT "versioni_voce_diario_voce_id_voci_diario_id_fk" FOREIGN KEY ("voce_id") REFERENCES "public"."voci_diario"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "versioni_voce_diario" ADD CONSTRAINT "versioni_voce_diario_autore_id_utenti_id_fk" FOREIGN KEY ("autore_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legami" ADD CONSTRAINT "legami_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legami" ADD CONSTRAINT "legami_persona_id_persone_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."persone"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legami" ADD CONSTRAINT "legami_persona_collegata_id_persone_id_fk" FOREIGN KEY ("persona_collegata_id") REFERENCES "public"."persone"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legami" ADD CONSTRAINT "legami_creato_da_utenti_id_fk" FOREIGN KEY ("creato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "importazioni_anagrafe" ADD CONSTRAINT "importazioni_anagrafe_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "importazioni_anagrafe" ADD CONSTRAINT "importazioni_anagrafe_comune_id_comuni_id_fk" FOREIGN KEY ("comune_id") REFERENCES "public"."comuni"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "importazioni_anagrafe" ADD CONSTRAINT "importazioni_anagrafe_creato_da_utenti_id_fk" FOREIGN KEY ("creato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documenti_persona" ADD CONSTRAINT "documenti_persona_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documenti_persona" ADD CONSTRAINT "documenti_persona_persona_id_persone_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."persone"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documenti_persona" ADD CONSTRAINT "documenti_persona_cartella_id_cartelle_id_fk" FOREIGN KEY ("cartella_id") REFERENCES "public"."cartelle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documenti_persona" ADD CONSTRAINT "documenti_persona_caricato_da_utenti_id_fk" FOREIGN KEY ("caricato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trasferimenti" ADD CONSTRAINT "trasferimenti_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trasferimenti" ADD CONSTRAINT "trasferimenti_persona_id_persone_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."persone"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trasferimenti" ADD CONSTRAINT "trasferimenti_da_comune_id_comuni_id_fk" FOREIGN KEY ("da_comune_id") REFERENCES "public"."comuni"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trasferimenti" ADD CONSTRAINT "trasferimenti_a_comune_id_comuni_id_fk" FOREIGN KEY ("a_comune_id") REFERENCES "public"."comuni"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trasferimenti" ADD CONSTRAINT "trasferimenti_richiesto_da_utenti_id_fk" FOREIGN KEY ("richiesto_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trasferimenti" ADD CONSTRAINT "trasferimenti_deciso_da_utenti_id_fk" FOREIGN KEY ("deciso_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trasferimenti" ADD CONSTRAINT "trasferimenti_nuovo_operatore_id_utenti_id_fk" FOREIGN KEY ("nuovo_operatore_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eventi_cartella_ambito_cartella_idx" ON "eventi_cartella" USING btree ("ambito_id","cartella_id","il");--> statement-breakpoint
CREATE UNIQUE INDEX "equipe_cartella_attiva_uq" ON "equipe_cartella" USING btree ("cartella_id","utente_id") WHERE "equipe_cartella"."al_il" is null;--> statement-breakpoint
CREATE INDEX "equipe_ambito_utente_idx" ON "equipe_cartella" USING btree ("ambito_id","utente_id");--> statement-breakpoint
CREATE INDEX "appuntamenti_ambito_operatore_inizio_idx" ON "appuntamenti" USING btree ("ambito_id","operatore_id","inizio");--> statement-breakpoint
CREATE INDEX "appuntamenti_ambito_cartella_idx" ON "appuntamenti" USING btree ("ambito_id","cartella_id","inizio");--> statement-breakpoint
CREATE INDEX "valutazioni_ambito_cartella_idx" ON "valutazioni" USING btree ("ambito_id","cartella_id","data");--> statement-breakpoint
CREATE INDEX "obiettivi_ambito_progetto_idx" ON "obiettivi_progetto" USING btree ("ambito_id","progetto_id","posizione");--> statement-breakpoint
CREATE INDEX "interventi_ambito_progetto_idx" ON "interventi_progetto" USING btree ("ambito_id","progetto_id");--> statement-breakpoint
CREATE INDEX "verifiche_ambito_progetto_idx" ON "verifiche_progetto" USING btree ("ambito_id","progetto_id","data");--> statement-breakpoint
CREATE INDEX "progetti_ambito_cartella_idx" ON "progetti" USING btree ("ambito_id","cartella_id");--> statement-breakpoint
CREATE INDEX "progetti_ambito_verifica_idx" ON "progetti" USING btree ("ambito_id","stato","prossima_verifica");--> statement-breakpoint
CREATE INDEX "voci_diario_ambito_cartella_idx" ON "voci_diario" USING btree ("ambito_id","cartella_id","avvenuto_il");--> statement-breakpoint
CREATE INDEX "versioni_diario_ambito_voce_idx" ON "versioni_voce_diario" USING btree ("ambito_id","voce_id","versione");--> statement-breakpoint
CREATE INDEX "legami_ambito_persona_idx" ON "legami" USING btree ("ambito_id","persona_id");--> statement-breakpoint
CREATE INDEX "legami_ambito_collegata_idx" ON "legami" USING btree ("ambito_id","persona_collegata_id");--> statement-breakpoint
CREATE INDEX "importazioni_ambito_comune_idx" ON "importazioni_anagrafe" USING btree ("ambito_id","comune_id","creato_il");--> statement-breakpoint
CREATE INDEX "documenti_persona_ambito_persona_idx" ON "documenti_persona" USING btree ("ambito_id","persona_id","caricato_il");--> statement-breakpoint
CREATE INDEX "trasferimenti_ambito_a_comune_idx" ON "trasferimenti" USING btree ("ambito_id","a_comune_id","stato");--> statement-breakpoint
CREATE INDEX "trasferimenti_ambito_da_comune_idx" ON "trasferimenti" USING btree ("ambito_id","da_comune_id","stato");--> statement-breakpoint
CREATE UNIQUE INDEX "trasferimenti_persona_in_attesa_uq" ON "trasferimenti" USING btree ("persona_id") WHERE "trasferimenti"."stato" = 'in_attesa';--> statement-breakpoint
CREATE INDEX "cartelle_ambito_operatore_idx" ON "cartelle" USING btree ("ambito_id","operatore_id","stato");--> statement-breakpoint
CREATE UNIQUE INDEX "cartelle_persona_area_attiva_uq" ON "cartelle" USING btree ("persona_id","area") WHERE "cartelle"."stato" <> 'chiusa';--> statement-breakpoint
CREATE INDEX "persone_ambito_famiglia_idx" ON "persone" USING btree ("ambito_id","comune_id","famiglia_anagrafe");--> statement-breakpoint
INSERT INTO "eventi_cartella" ("ambito_id", "cartella_id", "evento", "stato_a", "autore_id", "il")
  SELECT "ambito_id", "id", 'aperta', 'aperta', "operatore_id", "aperta_il" FROM "cartelle";--> statement-breakpoint
INSERT INTO "equipe_cartella" ("ambito_id", "cartella_id", "utente_id", "referente", "dal_il")
  SELECT "ambito_id", "id", "operatore_id", true, "aperta_il" FROM "cartelle" WHERE "operatore_id" IS NOT NULL;--> statement-breakpoint
-- Row-level security for the cartella sociale (see 0006). A cartella is never deleted, its
-- history and the earlier versions of diary entries are append-only for the application.
REVOKE DELETE ON cartelle FROM zona_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON equipe_cartella, valutazioni, progetti, obiettivi_progetto, interventi_progetto, voci_diario, legami, documenti_persona, appuntamenti, trasferimenti, importazioni_anagrafe TO zona_app;--> statement-breakpoint
GRANT DELETE ON obiettivi_progetto, interventi_progetto, appuntamenti TO zona_app;--> statement-breakpoint
GRANT SELECT, INSERT ON eventi_cartella, verifiche_progetto, versioni_voce_diario TO zona_app;--> statement-breakpoint
-- The user the transaction acts for (lib/data/scoped.ts), for the riservato diary entries.
CREATE OR REPLACE FUNCTION zona_user() RETURNS uuid AS $$
  SELECT nullif(current_setting('zona.user_id', true), '')::uuid
$$ LANGUAGE sql STABLE;--> statement-breakpoint
CREATE OR REPLACE FUNCTION zona_in_case(c uuid) RETURNS boolean AS $$
  SELECT EXISTS (SELECT 1 FROM cartelle k WHERE k.id = c)
$$ LANGUAGE sql STABLE;--> statement-breakpoint
ALTER TABLE eventi_cartella ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY eventi_cartella_scope ON eventi_cartella TO zona_app
  USING (zona_in_ambito(ambito_id) AND zona_in_case(cartella_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND zona_in_case(cartella_id));--> statement-breakpoint
ALTER TABLE equipe_cartella ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY equipe_scope ON equipe_cartella TO zona_app
  USING (zona_in_ambito(ambito_id) AND zona_in_case(cartella_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND zona_in_case(cartella_id));--> statement-breakpoint
ALTER TABLE valutazioni ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY valutazioni_scope ON valutazioni TO zona_app
  USING (zona_in_ambito(ambito_id) AND zona_in_case(cartella_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND zona_in_case(cartella_id));--> statement-breakpoint
ALTER TABLE progetti ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY progetti_scope ON progetti TO zona_app
  USING (zona_in_ambito(ambito_id) AND zona_in_case(cartella_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND zona_in_case(cartella_id));--> statement-breakpoint
ALTER TABLE obiettivi_progetto ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY obiettivi_scope ON obiettivi_progetto TO zona_app
  USING (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM progetti p WHERE p.id = progetto_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM progetti p WHERE p.id = progetto_id));--> statement-breakpoint
ALTER TABLE interventi_progetto ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY interventi_scope ON interventi_progetto TO zona_app
  USING (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM progetti p WHERE p.id = progetto_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM progetti p WHERE p.id = progetto_id));--> statement-breakpoint
ALTER TABLE verifiche_progetto ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY verifiche_scope ON verifiche_progetto TO zona_app
  USING (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM progetti p WHERE p.id = progetto_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM progetti p WHERE p.id = progetto_id));--> statement-breakpoint
-- A riservato entry: only its author and the cartella's current équipe, whatever their role.
ALTER TABLE voci_diario ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY voci_diario_scope ON voci_diario TO zona_app
  USING (zona_in_ambito(ambito_id) AND zona_in_case(cartella_id) AND (NOT riservato OR autore_id = zona_user()
    OR EXISTS (SELECT 1 FROM equipe_cartella e WHERE e.cartella_id = voci_diario.cartella_id AND e.utente_id = zona_user() AND e.al_il IS NULL)))
  WITH CHECK (zona_in_ambito(ambito_id) AND zona_in_case(cartella_id));--> statement-breakpoint
ALTER TABLE versioni_voce_diario ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY versioni_diario_scope ON versioni_voce_diario TO zona_app
  USING (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM voci_diario v WHERE v.id = voce_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM voci_diario v WHERE v.id = voce_id));--> statement-breakpoint
ALTER TABLE legami ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY legami_scope ON legami TO zona_app
  USING (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM persone p WHERE p.id = persona_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM persone p WHERE p.id = persona_id));--> statement-breakpoint
ALTER TABLE documenti_persona ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY documenti_persona_scope ON documenti_persona TO zona_app
  USING (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM persone p WHERE p.id = persona_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM persone p WHERE p.id = persona_id));--> statement-breakpoint
ALTER TABLE appuntamenti ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY appuntamenti_scope ON appuntamenti TO zona_app
  USING (zona_in_scope(ambito_id, comune_id)) WITH CHECK (zona_in_scope(ambito_id, comune_id));--> statement-breakpoint
-- A transfer is seen from both ends: the comune the person leaves and the one they join.
ALTER TABLE trasferimenti ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY trasferimenti_scope ON trasferimenti TO zona_app
  USING (zona_in_scope(ambito_id, da_comune_id) OR zona_in_scope(ambito_id, a_comune_id))
  WITH CHECK (zona_in_scope(ambito_id, da_comune_id) OR zona_in_scope(ambito_id, a_comune_id));--> statement-breakpoint
ALTER TABLE importazioni_anagrafe ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY importazioni_scope ON importazioni_anagrafe TO zona_app
  USING (zona_in_scope(ambito_id, comune_id)) WITH CHECK (zona_in_scope(ambito_id, comune_id));
