-- Every key and index of a tenant table leads with ambito_id (tests/integration/tenant-schema.test.ts,
-- docs/scaling.md): the five unique indexes that did not now do, with the same meaning (a person,
-- a cartella, a request and a SIUSS flow each belong to one ambito); rate_ambito_richiesta_idx
-- duplicated the new unique index on instalments and goes.
DROP INDEX "rate_ambito_richiesta_idx";--> statement-breakpoint
DROP INDEX "equipe_cartella_attiva_uq";--> statement-breakpoint
DROP INDEX "cartelle_persona_area_attiva_uq";--> statement-breakpoint
DROP INDEX "rate_richiesta_progressivo_uq";--> statement-breakpoint
DROP INDEX "flussi_siuss_id_flusso_uq";--> statement-breakpoint
DROP INDEX "trasferimenti_persona_in_attesa_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "equipe_cartella_attiva_uq" ON "equipe_cartella" USING btree ("ambito_id","cartella_id","utente_id") WHERE "equipe_cartella"."al_il" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "cartelle_persona_area_attiva_uq" ON "cartelle" USING btree ("ambito_id","persona_id","area") WHERE "cartelle"."stato" <> 'chiusa';--> statement-breakpoint
CREATE UNIQUE INDEX "rate_richiesta_progressivo_uq" ON "rate_erogazione" USING btree ("ambito_id","richiesta_id","progressivo");--> statement-breakpoint
CREATE UNIQUE INDEX "flussi_siuss_id_flusso_uq" ON "flussi_siuss" USING btree ("ambito_id","id_flusso");--> statement-breakpoint
CREATE UNIQUE INDEX "trasferimenti_persona_in_attesa_uq" ON "trasferimenti" USING btree ("ambito_id","persona_id") WHERE "trasferimenti"."stato" = 'in_attesa';