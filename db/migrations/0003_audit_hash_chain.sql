-- The canonical text of an audit row: what the hash covers. scripts/audit-verify recomputes it.
CREATE OR REPLACE FUNCTION registro_accessi_payload(r registro_accessi) RETURNS text AS $$
  SELECT concat_ws('|',
    coalesce(r.ambito_id::text, '-'),
    r.seq::text,
    to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(r.attore_id::text, '-'),
    r.azione,
    r.entita,
    coalesce(r.entita_id, '-'),
    coalesce(r.ip, '-'))
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
-- Chains each new row to the previous one of its ambito. The advisory lock serialises writers
-- per ambito, so seq has no gaps and every row has exactly one predecessor.
CREATE OR REPLACE FUNCTION registro_accessi_chain() RETURNS trigger AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('registro_accessi:' || coalesce(NEW.ambito_id::text, '-')));
  SELECT seq, hash INTO last_seq, last_hash
    FROM registro_accessi
    WHERE ambito_id IS NOT DISTINCT FROM NEW.ambito_id
    ORDER BY seq DESC
    LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, '');
  NEW.hash := encode(sha256(convert_to(NEW.prev_hash || '|' || registro_accessi_payload(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER registro_accessi_chain
  BEFORE INSERT ON registro_accessi
  FOR EACH ROW EXECUTE FUNCTION registro_accessi_chain();
