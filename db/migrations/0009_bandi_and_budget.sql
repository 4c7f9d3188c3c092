CREATE TYPE "public"."modalita_assegnazione" AS ENUM('ordine_arrivo', 'graduatoria');--> statement-breakpoint
CREATE TABLE "bandi" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"misura_id" uuid NOT NULL,
	"titolo" text NOT NULL,
	"periodo_inizio" date NOT NULL,
	"periodo_fine" date NOT NULL,
	"apertura" date NOT NULL,
	"chiusura" date NOT NULL,
	"modalita" "modalita_assegnazione" NOT NULL,
	"termine_giorni" integer DEFAULT 30 NOT NULL,
	"importo_mensile" numeric(10, 2),
	"mesi" integer,
	"regole_ammissione" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"regole_punteggio" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"compartecipazione" jsonb,
	"creato_da" uuid,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bandi_finestra" CHECK ("bandi"."apertura" <= "bandi"."chiusura" and "bandi"."periodo_inizio" <= "bandi"."periodo_fine"),
	CONSTRAINT "bandi_termine" CHECK ("bandi"."termine_giorni" between 1 and 180)
);
--> statement-breakpoint
CREATE TABLE "budget_voci" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bando_id" uuid NOT NULL,
	"comune_id" uuid,
	"area" "area_intervento",
	"stanziato" numeric(14, 2) NOT NULL,
	"impegnato" numeric(14, 2) DEFAULT '0' NOT NULL,
	"pagato" numeric(14, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "budget_non_negativo" CHECK ("budget_voci"."stanziato" >= 0 and "budget_voci"."impegnato" >= 0 and "budget_voci"."pagato" >= 0),
	CONSTRAINT "budget_mai_oltre" CHECK ("budget_voci"."impegnato" <= "budget_voci"."stanziato" and "budget_voci"."pagato" <= "budget_voci"."impegnato")
);
--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "bando_id" uuid;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "budget_voce_id" uuid;--> statement-breakpoint
ALTER TABLE "richieste" ADD COLUMN "importo_impegnato" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "bandi" ADD CONSTRAINT "bandi_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bandi" ADD CONSTRAINT "bandi_misura_id_misure_id_fk" FOREIGN KEY ("misura_id") REFERENCES "public"."misure"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bandi" ADD CONSTRAINT "bandi_creato_da_utenti_id_fk" FOREIGN KEY ("creato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_voci" ADD CONSTRAINT "budget_voci_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_voci" ADD CONSTRAINT "budget_voci_bando_id_bandi_id_fk" FOREIGN KEY ("bando_id") REFERENCES "public"."bandi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_voci" ADD CONSTRAINT "budget_voci_comune_id_comuni_id_fk" FOREIGN KEY ("comune_id") REFERENCES "public"."comuni"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bandi_ambito_misura_idx" ON "bandi" USING btree ("ambito_id","misura_id");--> statement-breakpoint
CREATE INDEX "budget_ambito_bando_idx" ON "budget_voci" USING btree ("ambito_id","bando_id","comune_id","area");--> statement-breakpoint
ALTER TABLE "richieste" ADD CONSTRAINT "richieste_bando_id_bandi_id_fk" FOREIGN KEY ("bando_id") REFERENCES "public"."bandi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "richieste" ADD CONSTRAINT "richieste_budget_voce_id_budget_voci_id_fk" FOREIGN KEY ("budget_voce_id") REFERENCES "public"."budget_voci"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON bandi, budget_voci TO zona_app;
--> statement-breakpoint
ALTER TABLE bandi ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY bandi_ambito ON bandi TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
--> statement-breakpoint
ALTER TABLE budget_voci ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY budget_ambito ON budget_voci TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
