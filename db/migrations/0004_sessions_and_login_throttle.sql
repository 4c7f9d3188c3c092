CREATE TABLE "tentativi_accesso" (
	"chiave" text PRIMARY KEY NOT NULL,
	"fallimenti" integer DEFAULT 0 NOT NULL,
	"ultimo_fallimento" timestamp with time zone DEFAULT now() NOT NULL,
	"bloccato_fino" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessioni" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"utente_id" uuid NOT NULL,
	"creata_il" timestamp with time zone DEFAULT now() NOT NULL,
	"ultimo_uso" timestamp with time zone DEFAULT now() NOT NULL,
	"chiusa_il" timestamp with time zone,
	"motivo_chiusura" text
);
--> statement-breakpoint
ALTER TABLE "sessioni" ADD CONSTRAINT "sessioni_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessioni" ADD CONSTRAINT "sessioni_utente_id_utenti_id_fk" FOREIGN KEY ("utente_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessioni_ambito_utente_idx" ON "sessioni" USING btree ("ambito_id","utente_id","chiusa_il");