CREATE TABLE "documenti_ufficiali" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"titolo" text NOT NULL,
	"descrizione" text DEFAULT '' NOT NULL,
	"data_atto" date,
	"nome_file" text NOT NULL,
	"tipo_mime" text NOT NULL,
	"dimensione" bigint NOT NULL,
	"sha256" text NOT NULL,
	"chiave" text NOT NULL,
	"caricato_da" uuid,
	"caricato_il" timestamp with time zone DEFAULT now() NOT NULL,
	"ritirato_il" timestamp with time zone,
	"ritirato_da" uuid,
	CONSTRAINT "documenti_ufficiali_chiave_unique" UNIQUE("chiave"),
	CONSTRAINT "documenti_ufficiali_pdf" CHECK ("documenti_ufficiali"."tipo_mime" = 'application/pdf')
);
--> statement-breakpoint
CREATE TABLE "sedi_ufficio_piano" (
	"ambito_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nome" text NOT NULL,
	"indirizzo" text NOT NULL,
	"telefono" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"orari" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ordine" integer DEFAULT 0 NOT NULL,
	"aggiornato_da" uuid,
	"aggiornato_il" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "documenti_ufficiali" ADD CONSTRAINT "documenti_ufficiali_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documenti_ufficiali" ADD CONSTRAINT "documenti_ufficiali_caricato_da_utenti_id_fk" FOREIGN KEY ("caricato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documenti_ufficiali" ADD CONSTRAINT "documenti_ufficiali_ritirato_da_utenti_id_fk" FOREIGN KEY ("ritirato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sedi_ufficio_piano" ADD CONSTRAINT "sedi_ufficio_piano_ambito_id_ambiti_id_fk" FOREIGN KEY ("ambito_id") REFERENCES "public"."ambiti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sedi_ufficio_piano" ADD CONSTRAINT "sedi_ufficio_piano_aggiornato_da_utenti_id_fk" FOREIGN KEY ("aggiornato_da") REFERENCES "public"."utenti"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documenti_ufficiali_ambito_idx" ON "documenti_ufficiali" USING btree ("ambito_id","caricato_il");--> statement-breakpoint
CREATE INDEX "sedi_ufficio_piano_ambito_idx" ON "sedi_ufficio_piano" USING btree ("ambito_id","ordine");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON sedi_ufficio_piano, documenti_ufficiali TO zona_app;--> statement-breakpoint
ALTER TABLE sedi_ufficio_piano ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY sedi_ufficio_piano_ambito ON sedi_ufficio_piano TO zona_app
  USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));--> statement-breakpoint
ALTER TABLE documenti_ufficiali ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY documenti_ufficiali_ambito ON documenti_ufficiali TO zona_app
  USING (zona_in_ambito(ambito_id)) WITH CHECK (zona_in_ambito(ambito_id));
