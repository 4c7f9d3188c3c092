CREATE TABLE "mfa_codici_recupero" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"utente_id" uuid NOT NULL,
	"impronta" text NOT NULL,
	"usato_il" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mfa_totp" (
	"ambito_id" uuid NOT NULL,
	"utente_id" uuid PRIMARY KEY NOT NULL,
	"segreto" text NOT NULL,
	"confermato_il" timestamp with time zone,
	"ultimo_passo" bigint DEFAULT 0 NOT NULL,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mfa_codici_recupero" ADD CONSTRAINT "mfa_codici_recupero_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mfa_codici_recupero" ADD CONSTRAINT "mfa_codici_recupero_utente_id_utenti_id_fk" FOREIGN KEY ("utente_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mfa_totp" ADD CONSTRAINT "mfa_totp_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mfa_totp" ADD CONSTRAINT "mfa_totp_utente_id_utenti_id_fk" FOREIGN KEY ("utente_id") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mfa_recupero_ambito_utente_idx" ON "mfa_codici_recupero" USING btree ("ambito_id","utente_id");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON mfa_totp, mfa_codici_recupero TO zona_app;
--> statement-breakpoint
ALTER TABLE mfa_totp ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY mfa_totp_ambito ON mfa_totp TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
--> statement-breakpoint
ALTER TABLE mfa_codici_recupero ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY mfa_recupero_ambito ON mfa_codici_recupero TO zona_app USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
