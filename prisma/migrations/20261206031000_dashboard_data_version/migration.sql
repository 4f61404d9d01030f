-- Hand-written: the data version the dashboard's computed figures are kept under (lib/dashboard/snapshot.ts).
-- Every transaction that changes what the dashboard counts bumps it once, at commit (a deferred constraint trigger,
-- so the bump commits with the data and the row is locked only for the instant before the commit). A view computed
-- after reading version V may be kept and served under V: it holds at least everything V stands for.
CREATE TABLE dashboard_data_version (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL,
  changed_at timestamptz(3) NOT NULL DEFAULT now()
);
-- No row until the first change (read as version 0): an empty database stays empty, as a restore expects.

CREATE FUNCTION dashboard_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Once per transaction, however many rows it changed.
  IF current_setting('qms.dashboard_version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('qms.dashboard_version_bumped', txid_current()::text, true);
    -- The audit chain's seal lock first (migration audit_chain, also taken at commit): a commit that bumps the
    -- version always holds it before the version row, so two commits whose deferred triggers fire in opposite
    -- orders (audit row first, or counted row first) cannot deadlock.
    PERFORM pg_advisory_xact_lock(1364022081);
    INSERT INTO dashboard_data_version AS v (id, version) VALUES (1, 1)
      ON CONFLICT (id) DO UPDATE SET version = v.version + 1, changed_at = now();
  END IF;
  RETURN NULL;
END $$;

-- The tables the dashboard's figures are read from (checklist items are counted through the inspection's tally).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['inspection_plan', 'plan_target', 'plan_milestone', 'plan_member', 'inspection', 'finding',
                           'corrective_answer', 'qms_record', 'record_version', 'annual_report', 'agency',
                           'agency_kind', 'agency_succession', 'checklist_item', 'checklist_template']
  LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER dashboard_data_changed AFTER INSERT OR UPDATE OR DELETE ON %I
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed()', t);
  END LOOP;
END $$;
