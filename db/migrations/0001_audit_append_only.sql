CREATE OR REPLACE FUNCTION registro_accessi_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'registro_accessi è in sola aggiunta: % non consentito', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER registro_accessi_no_update_delete
  BEFORE UPDATE OR DELETE ON registro_accessi
  FOR EACH ROW EXECUTE FUNCTION registro_accessi_append_only();
--> statement-breakpoint
CREATE TRIGGER registro_accessi_no_truncate
  BEFORE TRUNCATE ON registro_accessi
  FOR EACH STATEMENT EXECUTE FUNCTION registro_accessi_append_only();
