CREATE TABLE "flussi_siuss" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"richiesta_id" uuid NOT NULL,
	"tipo" text NOT NULL,
	"tipo_operazione" text NOT NULL,
	"id_flusso" text NOT NULL,
	"aggiornato_il_ms" bigint NOT NULL,
	"dati" jsonb NOT NULL,
	"xml" text NOT NULL,
	"valido" boolean NOT NULL,
	"errore_validazione" text,
	"stato" text DEFAULT 'pending' NOT NULL,
	"codice_esito" text,
	"esito_descrizione" text,
	"esito_il" timestamp with time zone,
	"id_acquisizione_siuss" text,
	"sostituito_da" uuid,
	"creato_da" uuid,
	"creato_il" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flussi_siuss_tipo" CHECK ("flussi_siuss"."tipo" in ('PS_PSA_SINA', 'SINBA')),
	CONSTRAINT "flussi_siuss_operazione" CHECK ("flussi_siuss"."tipo_operazione" in ('I', 'C')),
	CONSTRAINT "flussi_siuss_stato" CHECK ("flussi_siuss"."stato" in ('pending', 'acquisito', 'scartato'))
);
--> statement-breakpoint
CREATE TABLE "impostazioni_siuss" (
	"ambito_id" uuid PRIMARY KEY NOT NULL,
	"cf_operatore" text,
	"aggiornato_da" uuid,
	"aggiornato_il" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "misure" ADD COLUMN "presenza_prova_mezzi" integer;--> statement-breakpoint
ALTER TABLE "misure" ADD COLUMN "carattere_prestazione" integer;--> statement-breakpoint
ALTER TABLE "flussi_siuss" ADD CONSTRAINT "flussi_siuss_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flussi_siuss" ADD CONSTRAINT "flussi_siuss_richiesta_id_richieste_id_fk" FOREIGN KEY ("richiesta_id") REFERENCES "public"."richieste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flussi_siuss" ADD CONSTRAINT "flussi_siuss_creato_da_utenti_id_fk" FOREIGN KEY ("creato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impostazioni_siuss" ADD CONSTRAINT "impostazioni_siuss_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impostazioni_siuss" ADD CONSTRAINT "impostazioni_siuss_aggiornato_da_utenti_id_fk" FOREIGN KEY ("aggiornato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "flussi_siuss_id_flusso_uq" ON "flussi_siuss" USING btree ("id_flusso");--> statement-breakpoint
CREATE UNIQUE INDEX "flussi_siuss_ambito_ts_uq" ON "flussi_siuss" USING btree ("ambito_id","aggiornato_il_ms");--> statement-breakpoint
CREATE INDEX "flussi_siuss_ambito_richiesta_idx" ON "flussi_siuss" USING btree ("ambito_id","richiesta_id");--> statement-breakpoint
ALTER TABLE "misure" ADD CONSTRAINT "misure_prova_mezzi" CHECK ("misure"."presenza_prova_mezzi" is null or "misure"."presenza_prova_mezzi" between 1 and 4);--> statement-breakpoint
ALTER TABLE "misure" ADD CONSTRAINT "misure_carattere" CHECK ("misure"."carattere_prestazione" is null or "misure"."carattere_prestazione" in (1, 2));--> statement-breakpoint
-- hand-written: row-level security for the SIUSS tables (see 0006 and 0013). A flusso is never
-- deleted: a corrected one replaces it (sostituito_da), esiti update it.
GRANT SELECT, INSERT, UPDATE ON flussi_siuss, impostazioni_siuss TO zona_app;--> statement-breakpoint
ALTER TABLE flussi_siuss ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY flussi_siuss_scope ON flussi_siuss TO zona_app
  USING (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM richieste r WHERE r.id = richiesta_id))
  WITH CHECK (zona_in_ambito(ambito_id) AND EXISTS (SELECT 1 FROM richieste r WHERE r.id = richiesta_id));--> statement-breakpoint
ALTER TABLE impostazioni_siuss ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY impostazioni_siuss_ambito ON impostazioni_siuss TO zona_app
  USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
