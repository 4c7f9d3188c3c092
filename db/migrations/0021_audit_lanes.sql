DROP INDEX "registro_ambito_seq_idx";--> statement-breakpoint
ALTER TABLE "registro_accessi" ADD COLUMN "corsia" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "registro_ambito_corsia_seq_idx" ON "registro_accessi" USING btree ("ambito_id","corsia","seq");--> statement-breakpoint
-- Up to 16 chains (corsie) per ambito. The lock of a chain lasts until the writer's transaction
-- ends, so with a single chain every transaction that logged something (an approval, a logged
-- view) made the ambito's other writers wait for its commit. A writer now takes the first free
-- chain without waiting, keeps it for the rest of its transaction, and waits only when all 16
-- are taken. Each chain has gapless seq and one predecessor per row, as before.
CREATE OR REPLACE FUNCTION registro_accessi_chain() RETURNS trigger AS $$
DECLARE
  chain_key int := hashtext('registro_accessi:' || coalesce(NEW.ambito_id::text, '-'));
  held text := current_setting('zona.registro_corsia', true);
  lane int;
  last_seq bigint;
  last_hash text;
BEGIN
  IF held IS NOT NULL AND held <> '' THEN
    lane := held::int;
    PERFORM pg_advisory_xact_lock(chain_key, lane);
  ELSE
    FOR candidate IN 0..15 LOOP
      IF pg_try_advisory_xact_lock(chain_key, candidate) THEN
        lane := candidate;
        EXIT;
      END IF;
    END LOOP;
    IF lane IS NULL THEN
      lane := pg_backend_pid() % 16;
      PERFORM pg_advisory_xact_lock(chain_key, lane);
    END IF;
  END IF;
  -- Kept for the transaction: its later rows join the same chain (in another ambito, the chain
  -- of the same number, waited for if taken).
  IF held IS NULL OR held = '' THEN
    PERFORM set_config('zona.registro_corsia', lane::text, true);
  END IF;
  IF NEW.ambito_id IS NULL THEN
    SELECT seq, hash INTO last_seq, last_hash FROM registro_accessi
      WHERE ambito_id IS NULL AND corsia = lane ORDER BY seq DESC LIMIT 1;
  ELSE
    SELECT seq, hash INTO last_seq, last_hash FROM registro_accessi
      WHERE ambito_id = NEW.ambito_id AND corsia = lane ORDER BY seq DESC LIMIT 1;
  END IF;
  NEW.corsia := lane;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, '');
  NEW.hash := encode(sha256(convert_to(NEW.prev_hash || '|' || registro_accessi_payload(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = public;
