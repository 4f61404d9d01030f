-- AlterTable
ALTER TABLE "inspection" ADD COLUMN     "itemsApplicable" INTEGER,
ADD COLUMN     "itemsConforming" INTEGER;

-- The tally of a signed-off inspection's checklist (see schema.prisma, Inspection.itemsConforming). Kept here,
-- by the writes themselves, rather than by the app or a refreshed view: every writer (sign-off, reopening, the
-- seeds, the scale build, test factories) keeps it right, and a signed-off checklist is frozen, so the rows change
-- only at those moments.
CREATE FUNCTION inspection_tally_of(p_inspection uuid, OUT conforming integer, OUT applicable integer)
LANGUAGE sql STABLE AS $$
  SELECT count(*) FILTER (WHERE result IN ('CONFORM', 'RECOMMENDATION'))::integer,
         count(*) FILTER (WHERE result IS DISTINCT FROM 'NOT_APPLICABLE')::integer
    FROM inspection_item WHERE "inspectionId" = p_inspection
$$;

-- On the inspection: becoming SIGNED_OFF takes the tally of its items; any other state clears it.
CREATE FUNCTION inspection_tally_on_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'SIGNED_OFF' THEN
    IF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'SIGNED_OFF' OR NEW."itemsConforming" IS NULL THEN
      SELECT t.conforming, t.applicable INTO NEW."itemsConforming", NEW."itemsApplicable"
        FROM inspection_tally_of(NEW.id) t;
    END IF;
  ELSE
    NEW."itemsConforming" := NULL;
    NEW."itemsApplicable" := NULL;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER inspection_tally_status BEFORE INSERT OR UPDATE OF status ON inspection
  FOR EACH ROW EXECUTE FUNCTION inspection_tally_on_status();

-- On the items: a statement that adds, changes or removes items of signed-off inspections recounts those
-- inspections once (statement level, so the scale build's bulk insert recounts each inspection once, not per row).
CREATE FUNCTION inspection_tally_on_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Set-based (one GROUP BY over the touched inspections' items), so a bulk load is one pass, not one per row.
  UPDATE inspection i
     SET "itemsConforming" = t.conforming, "itemsApplicable" = t.applicable
    FROM (SELECT it."inspectionId" AS id,
                 count(*) FILTER (WHERE it.result IN ('CONFORM', 'RECOMMENDATION'))::integer AS conforming,
                 count(*) FILTER (WHERE it.result IS DISTINCT FROM 'NOT_APPLICABLE')::integer AS applicable
            FROM inspection_item it
           WHERE it."inspectionId" IN (SELECT "inspectionId" FROM changed_items)
           GROUP BY it."inspectionId") t
   WHERE i.id = t.id AND i.status = 'SIGNED_OFF'
     AND (i."itemsConforming", i."itemsApplicable") IS DISTINCT FROM (t.conforming, t.applicable);
  -- Removing an inspection's last items leaves it with none.
  UPDATE inspection i SET "itemsConforming" = 0, "itemsApplicable" = 0
   WHERE i.id IN (SELECT "inspectionId" FROM changed_items) AND i.status = 'SIGNED_OFF'
     AND NOT EXISTS (SELECT 1 FROM inspection_item it WHERE it."inspectionId" = i.id)
     AND (i."itemsConforming", i."itemsApplicable") IS DISTINCT FROM (0, 0);
  RETURN NULL;
END $$;

CREATE TRIGGER inspection_tally_items_insert AFTER INSERT ON inspection_item
  REFERENCING NEW TABLE AS changed_items FOR EACH STATEMENT EXECUTE FUNCTION inspection_tally_on_items();
CREATE TRIGGER inspection_tally_items_update AFTER UPDATE ON inspection_item
  REFERENCING NEW TABLE AS changed_items FOR EACH STATEMENT EXECUTE FUNCTION inspection_tally_on_items();
CREATE TRIGGER inspection_tally_items_delete AFTER DELETE ON inspection_item
  REFERENCING OLD TABLE AS changed_items FOR EACH STATEMENT EXECUTE FUNCTION inspection_tally_on_items();

-- The inspections signed off before this migration.
UPDATE inspection i
   SET "itemsConforming" = t.conforming, "itemsApplicable" = t.applicable
  FROM (SELECT "inspectionId" AS id,
               count(*) FILTER (WHERE result IN ('CONFORM', 'RECOMMENDATION'))::integer AS conforming,
               count(*) FILTER (WHERE result IS DISTINCT FROM 'NOT_APPLICABLE')::integer AS applicable
          FROM inspection_item GROUP BY "inspectionId") t
 WHERE i.id = t.id AND i.status = 'SIGNED_OFF';
UPDATE inspection SET "itemsConforming" = 0, "itemsApplicable" = 0
 WHERE status = 'SIGNED_OFF' AND "itemsConforming" IS NULL;
