-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "chainSeq" BIGINT,
ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "audit_event_chainSeq_key" ON "audit_event"("chainSeq");

-- Tamper-evident audit log (written by hand below this line). Each row carries its place in commit order
-- ("chainSeq": 1, 2, 3… without gaps), the hash of the row before it ("prevHash"; 64 zeros for the first)
-- and its own hash over both, so changing, inserting or removing a row breaks the chain from there on.
-- `npm run audit:verify` (lib/audit/chain.ts) walks it with the same digest function as the trigger.

-- The one definition of a row's hash, used by the sealing trigger and by the verifier: sha256 of a JSON
-- array of the row's fields (jsonb's text form is canonical: keys sorted, one spelling per value), the time
-- in UTC with a fixed format, and the chain fields.
CREATE FUNCTION audit_event_digest(e audit_event) RETURNS text AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.id::text,
    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e."actorId"::text,
    e.type,
    e."targetType",
    e."targetId",
    e.data,
    e.ip,
    e."chainSeq"::text,
    e."prevHash"
  )::text, 'UTF8')), 'hex')
$$ LANGUAGE sql STABLE;

-- Seals a row when its transaction commits (a deferred constraint trigger), so the chain follows commit
-- order whatever the order of the inserts of concurrent transactions. The advisory lock is taken at commit
-- time only, so it is held for milliseconds and always last: no lock-order deadlock can involve it. Under
-- READ COMMITTED (the app's level) each statement of this VOLATILE function sees what the previous holder
-- of the lock committed; a writer at a stricter level could read a stale head, and the unique chainSeq then
-- makes its commit fail rather than fork the chain. Once a transaction has sealed a row it holds the lock to
-- its end, so the head it wrote is kept in a transaction-local setting for its next rows (a bulk import
-- seals thousands). A row inserted with its chain already set (a restore) is kept as it is.
CREATE FUNCTION audit_event_seal() RETURNS trigger AS $$
DECLARE
  head text;
  last_seq bigint;
  last_hash text;
  sealed audit_event;
BEGIN
  IF NEW."chainSeq" IS NOT NULL THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(1364022081); -- 'QMSA'; Prisma's migration lock is 72707369
  head := current_setting('qms.audit_chain_head', true);
  IF coalesce(head, '') = '' THEN
    SELECT "chainSeq", hash INTO last_seq, last_hash FROM audit_event WHERE "chainSeq" IS NOT NULL ORDER BY "chainSeq" DESC LIMIT 1;
  ELSE
    last_seq := split_part(head, ' ', 1)::bigint;
    last_hash := split_part(head, ' ', 2);
  END IF;
  sealed := NEW;
  sealed."chainSeq" := coalesce(last_seq, 0) + 1;
  sealed."prevHash" := coalesce(last_hash, repeat('0', 64));
  sealed.hash := audit_event_digest(sealed);
  UPDATE audit_event SET "chainSeq" = sealed."chainSeq", "prevHash" = sealed."prevHash", hash = sealed.hash WHERE id = NEW.id;
  PERFORM set_config('qms.audit_chain_head', sealed."chainSeq" || ' ' || sealed.hash, true);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER audit_event_chain
  AFTER INSERT ON "audit_event"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION audit_event_seal();

-- Still append-only: the one UPDATE let through is the sealing one, made from inside a trigger (a client's
-- own UPDATE runs at depth 1), filling in the chain of a row that had none, every other column unchanged.
-- The hash itself is not recomputed here (it would cost a fifth of a bulk import's sealing): a wrong one
-- could only come from another trigger, which only the table's owner can create, and the verifier finds it.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
DECLARE
  unsealed audit_event;
BEGIN
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1
    AND OLD."chainSeq" IS NULL AND OLD."prevHash" IS NULL AND OLD.hash IS NULL
    AND NEW."chainSeq" IS NOT NULL AND NEW."prevHash" IS NOT NULL AND NEW.hash IS NOT NULL
  THEN
    unsealed := NEW;
    unsealed."chainSeq" := NULL;
    unsealed."prevHash" := NULL;
    unsealed.hash := NULL;
    IF unsealed IS NOT DISTINCT FROM OLD THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

-- Rows written before this migration are chained now, in id order (the table is locked by the ALTER above).
ALTER TABLE "audit_event" DISABLE TRIGGER audit_event_no_update_or_delete;
DO $$
DECLARE
  r audit_event;
  seq bigint := 0;
  prev text := repeat('0', 64);
BEGIN
  FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
    seq := seq + 1;
    r."chainSeq" := seq;
    r."prevHash" := prev;
    r.hash := audit_event_digest(r);
    UPDATE audit_event SET "chainSeq" = r."chainSeq", "prevHash" = r."prevHash", hash = r.hash WHERE id = r.id;
    prev := r.hash;
  END LOOP;
END $$;
ALTER TABLE "audit_event" ENABLE TRIGGER audit_event_no_update_or_delete;
