CREATE TYPE "public"."area_intervento" AS ENUM('anziani', 'disabili', 'salute_mentale', 'minori', 'immigrazione', 'adulti_difficolta');--> statement-breakpoint
CREATE TYPE "public"."tipo_isee" AS ENUM('ordinario', 'minorenni', 'sociosanitario', 'sociosanitario_residenze', 'universita', 'corrente');--> statement-breakpoint
CREATE TYPE "public"."tipo_misura" AS ENUM('buono', 'voucher', 'servizio');--> statement-breakpoint
CREATE TYPE "public"."stato_richiesta" AS ENUM('bozza', 'presentata', 'in_istruttoria', 'integrazione_richiesta', 'preavviso_rigetto', 'approvata', 'respinta', 'in_lista_attesa', 'in_erogazione', 'conclusa', 'revocata', 'rinunciata');--> statement-breakpoint
CREATE TYPE "public"."ruolo" AS ENUM('assistente_sociale', 'coordinatore', 'amministratore_comunale', 'amministratore_sistema');--> statement-breakpoint
CREATE TYPE "public"."sesso" AS ENUM('M', 'F');--> statement-breakpoint
CREATE TABLE "registro_accessi" (
	"ambito_id" uuid,
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"attore_id" uuid,
	"azione" text NOT NULL,
	"entita" text NOT NULL,
	"entita_id" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "cartelle" (
	"ambito_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"persona_id" uuid NOT NULL,
	"area" "area_intervento" NOT NULL,
	"operatore_id" uuid,
	"aperta_il" timestamp with time zone DEFAULT now() NOT NULL,
	"chiusa_il" timestamp with time zone,
	"motivo_chiusura" text
);
--> statement-breakpoint
CREATE TABLE "misure" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"codice" text NOT NULL,
	"nome" text NOT NULL,
	"descrizione" text DEFAULT '' NOT NULL,
	"tipo" "tipo_misura" NOT NULL,
	"area" "area_intervento" NOT NULL,
	"codice_siuss" text NOT NULL,
	"area_utenza" integer NOT NULL,
	"importo_mensile" numeric(10, 2),
	"mesi_massimi" integer,
	"attiva" boolean DEFAULT true NOT NULL,
	CONSTRAINT "misure_area_utenza" CHECK ("misure"."area_utenza" in (1, 2, 3))
);
--> statement-breakpoint
CREATE TABLE "attestazioni_isee" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"persona_id" uuid NOT NULL,
	"tipo" "tipo_isee" NOT NULL,
	"valore" numeric(12, 2) NOT NULL,
	"ise" numeric(12, 2),
	"scala_equivalenza" numeric(5, 2),
	"protocollo_dsu" text NOT NULL,
	"data_presentazione" date NOT NULL,
	"scadenza" date NOT NULL,
	"anno_dsu" integer NOT NULL,
	CONSTRAINT "isee_valore_non_negativo" CHECK ("attestazioni_isee"."valore" >= 0),
	CONSTRAINT "isee_protocollo_len" CHECK (char_length("attestazioni_isee"."protocollo_dsu") <= 30)
);
--> statement-breakpoint
CREATE TABLE "persone" (
	"ambito_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"codice_fiscale" text NOT NULL,
	"cognome" text NOT NULL,
	"nome" text NOT NULL,
	"sesso" "sesso" NOT NULL,
	"data_nascita" date NOT NULL,
	"luogo_nascita_belfiore" text NOT NULL,
	"cittadinanza" text NOT NULL,
	"indirizzo" text NOT NULL,
	"telefono" text,
	"email" text,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL,
	"creato_da" uuid
);
--> statement-breakpoint
CREATE TABLE "contatori_protocollo" (
	"ambito_id" uuid NOT NULL,
	"anno" integer NOT NULL,
	"ultimo" integer NOT NULL,
	CONSTRAINT "contatori_protocollo_ambito_id_anno_pk" PRIMARY KEY("ambito_id","anno")
);
--> statement-breakpoint
CREATE TABLE "eventi_richiesta" (
	"ambito_id" uuid NOT NULL,
	"id" bigserial PRIMARY KEY NOT NULL,
	"richiesta_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"attore_id" uuid NOT NULL,
	"azione" text NOT NULL,
	"da_stato" "stato_richiesta",
	"a_stato" "stato_richiesta" NOT NULL,
	"nota" text
);
--> statement-breakpoint
CREATE TABLE "richieste" (
	"ambito_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"persona_id" uuid NOT NULL,
	"misura_id" uuid NOT NULL,
	"cartella_id" uuid,
	"stato" "stato_richiesta" DEFAULT 'bozza' NOT NULL,
	"protocollo_anno" integer,
	"protocollo_numero" integer,
	"protocollo_data" timestamp with time zone,
	"importo_mensile" numeric(10, 2),
	"mesi" integer,
	"importo_approvato" numeric(12, 2),
	"data_inizio" date,
	"motivazione" text DEFAULT '' NOT NULL,
	"esito_motivazione" text,
	"deciso_il" timestamp with time zone,
	"deciso_da" uuid,
	"responsabile_id" uuid,
	"creato_da" uuid NOT NULL,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL,
	"aggiornato_il" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "richieste_importi_non_negativi" CHECK (coalesce("richieste"."importo_mensile", 0) >= 0 and coalesce("richieste"."importo_approvato", 0) >= 0),
	CONSTRAINT "richieste_mesi" CHECK ("richieste"."mesi" is null or "richieste"."mesi" between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "ambiti" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"codice" text NOT NULL,
	"nome" text NOT NULL,
	"ente" text NOT NULL,
	"codice_regione" text NOT NULL,
	CONSTRAINT "ambiti_codice_unique" UNIQUE("codice")
);
--> statement-breakpoint
CREATE TABLE "comuni" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nome" text NOT NULL,
	"istat" text NOT NULL,
	"belfiore" text NOT NULL,
	"popolazione" integer,
	"capofila" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "utenti_comuni" (
	"ambito_id" uuid NOT NULL,
	"utente_id" uuid NOT NULL,
	"comune_id" uuid NOT NULL,
	CONSTRAINT "utenti_comuni_ambito_id_utente_id_comune_id_pk" PRIMARY KEY("ambito_id","utente_id","comune_id")
);
--> statement-breakpoint
CREATE TABLE "utenti" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"nome" text NOT NULL,
	"ruolo" "ruolo" NOT NULL,
	"password_hash" text NOT NULL,
	"attivo" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "utenti_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "cartelle" ADD CONSTRAINT "cartelle_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cartelle" ADD CONSTRAINT "cartelle_comune_id_comuni_id_fk" FOREIGN KEY ("comune_id") REFERENCES "public"."comuni"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cartelle" ADD CONSTRAINT "cartelle_persona_id_persone_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."persone"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cartelle" ADD CONSTRAINT "cartelle_operatore_id_utenti_id_fk" FOREIGN KEY ("operatore_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "misure" ADD CONSTRAINT "misure_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestazioni_isee" ADD CONSTRAINT "attestazioni_isee_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestazioni_isee" ADD CONSTRAINT "attestazioni_isee_persona_id_persone_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."persone"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persone" ADD CONSTRAINT "persone_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persone" ADD CONSTRAINT "persone_comune_id_comuni_id_fk" FOREIGN KEY ("comune_id") REFERENCES "public"."comuni"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persone" ADD CONSTRAINT "persone_creato_da_utenti_id_fk" FOREIGN KEY ("creato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contatori_protocollo" ADD CONSTRAINT "contatori_protocollo_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eventi_richiesta" ADD CONSTRAINT "eventi_richiesta_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eventi_richiesta" ADD CONSTRAINT "eventi_richiesta_richiesta_id_richieste_id_fk" FOREIGN KEY ("richiesta_id") REFERENCES "public"."richieste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eventi_richiesta" ADD CONSTRAINT "eventi_richiesta_attore_id_utenti_id_fk" FOREIGN KEY ("attore_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "richieste" ADD CONSTRAINT "richieste_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "richieste" ADD CONSTRAINT "richieste_comune_id_comuni_id_fk" FOREIGN KEY ("comune_id") REFERENCES "public"."comuni"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "richieste" ADD CONSTRAINT "richieste_persona_id_persone_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."persone"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "richieste" ADD CONSTRAINT "richieste_misura_id_misure_id_fk" FOREIGN KEY ("misura_id") REFERENCES "public"."misure"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "richieste" ADD CONSTRAINT "richieste_cartella_id_cartelle_id_fk" FOREIGN KEY ("cartella_id") REFERENCES "public"."cartelle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "richieste" ADD CONSTRAINT "richieste_deciso_da_utenti_id_fk" FOREIGN KEY ("deciso_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "richieste" ADD CONSTRAINT "richieste_responsabile_id_utenti_id_fk" FOREIGN KEY ("responsabile_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "richieste" ADD CONSTRAINT "richieste_creato_da_utenti_id_fk" FOREIGN KEY ("creato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comuni" ADD CONSTRAINT "comuni_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "utenti_comuni" ADD CONSTRAINT "utenti_comuni_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "utenti_comuni" ADD CONSTRAINT "utenti_comuni_utente_id_utenti_id_fk" FOREIGN KEY ("utente_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "utenti_comuni" ADD CONSTRAINT "utenti_comuni_comune_id_comuni_id_fk" FOREIGN KEY ("comune_id") REFERENCES "public"."comuni"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "utenti" ADD CONSTRAINT "utenti_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registro_ambito_entita_idx" ON "registro_accessi" USING btree ("ambito_id","entita","entita_id","at");--> statement-breakpoint
CREATE INDEX "cartelle_ambito_comune_idx" ON "cartelle" USING btree ("ambito_id","comune_id","area");--> statement-breakpoint
CREATE INDEX "cartelle_ambito_persona_idx" ON "cartelle" USING btree ("ambito_id","persona_id");--> statement-breakpoint
CREATE UNIQUE INDEX "misure_ambito_codice_uq" ON "misure" USING btree ("ambito_id","codice");--> statement-breakpoint
CREATE INDEX "isee_ambito_persona_idx" ON "attestazioni_isee" USING btree ("ambito_id","persona_id","scadenza");--> statement-breakpoint
CREATE UNIQUE INDEX "persone_ambito_cf_uq" ON "persone" USING btree ("ambito_id","codice_fiscale");--> statement-breakpoint
CREATE INDEX "persone_ambito_comune_nome_idx" ON "persone" USING btree ("ambito_id","comune_id","cognome","nome","id");--> statement-breakpoint
CREATE INDEX "persone_ambito_nome_idx" ON "persone" USING btree ("ambito_id","cognome","nome","id");--> statement-breakpoint
CREATE INDEX "eventi_ambito_richiesta_idx" ON "eventi_richiesta" USING btree ("ambito_id","richiesta_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "richieste_ambito_protocollo_uq" ON "richieste" USING btree ("ambito_id","protocollo_anno","protocollo_numero");--> statement-breakpoint
CREATE INDEX "richieste_ambito_comune_stato_idx" ON "richieste" USING btree ("ambito_id","comune_id","stato","creato_il","id");--> statement-breakpoint
CREATE INDEX "richieste_ambito_stato_idx" ON "richieste" USING btree ("ambito_id","stato","creato_il","id");--> statement-breakpoint
CREATE INDEX "richieste_ambito_creato_idx" ON "richieste" USING btree ("ambito_id","creato_il","id");--> statement-breakpoint
CREATE INDEX "richieste_ambito_persona_idx" ON "richieste" USING btree ("ambito_id","persona_id");--> statement-breakpoint
CREATE UNIQUE INDEX "comuni_ambito_istat_uq" ON "comuni" USING btree ("ambito_id","istat");--> statement-breakpoint
CREATE INDEX "utenti_ambito_idx" ON "utenti" USING btree ("ambito_id","ruolo");