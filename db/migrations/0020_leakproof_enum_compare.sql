-- Under row-level security PostgreSQL evaluates a query's own conditions after the policy's,
-- unless their operators are marked leakproof. Enum comparisons are not marked, so a filter
-- on a status (richieste.stato, an enum) could not enter the tenant indexes that hold it
-- (richieste_ambito_comune_stato_idx): the list of a comune's filed requests read every request
-- of the comune and then kept the filed ones. Enum comparison compares two sort positions and
-- raises no error that could tell a hidden row's value, so it is leakproof in fact. Marking a
-- built-in function needs a superuser: where the migrating role is not one, the statement is
-- skipped and the lists stay correct, only slower (docs/performance.md).
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION enum_eq(anyenum, anyenum) LEAKPROOF;
    ALTER FUNCTION enum_ne(anyenum, anyenum) LEAKPROOF;
    ALTER FUNCTION enum_lt(anyenum, anyenum) LEAKPROOF;
    ALTER FUNCTION enum_le(anyenum, anyenum) LEAKPROOF;
    ALTER FUNCTION enum_gt(anyenum, anyenum) LEAKPROOF;
    ALTER FUNCTION enum_ge(anyenum, anyenum) LEAKPROOF;
    ALTER FUNCTION enum_cmp(anyenum, anyenum) LEAKPROOF;
  ELSE
    RAISE NOTICE 'enum comparisons left as they are: marking them leakproof needs a superuser';
  END IF;
END
$$;
