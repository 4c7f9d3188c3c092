ALTER TABLE "registro_accessi" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "registro_accessi" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "registro_accessi" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE INDEX "registro_ambito_seq_idx" ON "registro_accessi" USING btree ("ambito_id","seq");