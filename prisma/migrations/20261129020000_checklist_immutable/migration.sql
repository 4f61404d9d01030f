-- A checklist version used by an inspection never changes: its items are what the inspection's results
-- refer to. The application refuses such edits first (lib/checklists/draft.ts); these triggers make the
-- database refuse them too, whatever code path tries.

-- Items of a used version: no INSERT, UPDATE or DELETE (an UPDATE is checked against both its old and its
-- new version, so an item cannot be moved into or out of a used one either).
CREATE FUNCTION checklist_item_of_used_template() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (SELECT 1 FROM checklist_template WHERE id = OLD."templateId" AND "usedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'checklist_item: version % has been used by an inspection and cannot change', OLD."templateId" USING ERRCODE = 'restrict_violation';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND EXISTS (SELECT 1 FROM checklist_template WHERE id = NEW."templateId" AND "usedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'checklist_item: version % has been used by an inspection and cannot change', NEW."templateId" USING ERRCODE = 'restrict_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER checklist_item_frozen_when_used
  BEFORE INSERT OR UPDATE OR DELETE ON "checklist_item"
  FOR EACH ROW EXECUTE FUNCTION checklist_item_of_used_template();

-- A used version: its content is fixed and it cannot be deleted. What may still change is its life cycle:
-- PUBLISHED → RETIRED when a newer version is published (never back to DRAFT), the optimistic-lock counter,
-- and usedAt itself while it stays set (later inspections may record their use).
CREATE FUNCTION checklist_template_used_is_frozen() RETURNS trigger AS $$
BEGIN
  IF OLD."usedAt" IS NULL THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'checklist_template: version % has been used by an inspection and cannot be deleted', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW."usedAt" IS NULL
    OR NEW.id IS DISTINCT FROM OLD.id
    OR NEW.standard IS DISTINCT FROM OLD.standard
    OR NEW.version IS DISTINCT FROM OLD.version
    OR NEW.title IS DISTINCT FROM OLD.title
    OR NEW.note IS DISTINCT FROM OLD.note
    OR NEW."basedOnId" IS DISTINCT FROM OLD."basedOnId"
    OR NEW."publishedAt" IS DISTINCT FROM OLD."publishedAt"
    OR NEW."createdById" IS DISTINCT FROM OLD."createdById"
    OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"
    OR (NEW.status = 'DRAFT' AND OLD.status <> 'DRAFT')
  THEN
    RAISE EXCEPTION 'checklist_template: version % has been used by an inspection and cannot change', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER checklist_template_frozen_when_used
  BEFORE UPDATE OR DELETE ON "checklist_template"
  FOR EACH ROW EXECUTE FUNCTION checklist_template_used_is_frozen();
