-- Version 4, first part: a region-pair fact says who signed it (level), whether it was reported or only
-- announced (status), how the source qualified its figure and, for trade, over what period. The
-- summary is rebuilt (second part) to tell levels and statuses apart, after the kinds are put into
-- the app's vocabulary (a step in Java, with the importer's own synonyms).

ALTER TABLE region_fact ADD COLUMN level TEXT;
ALTER TABLE region_fact ADD COLUMN period TEXT;
ALTER TABLE region_fact ADD COLUMN status TEXT NOT NULL DEFAULT 'reported' CHECK (status IN ('expected', 'reported'));
ALTER TABLE region_fact ADD COLUMN qualifier TEXT NOT NULL DEFAULT '';

-- "district agreement" was a kind; it is an agreement at district level
UPDATE region_fact SET level = 'district' WHERE kind = 'district agreement' AND level IS NULL;

DROP TRIGGER region_fact_summary_insert;
DROP TRIGGER region_fact_summary_delete;
DROP TRIGGER region_fact_summary_update;
DROP TABLE region_pair_summary;
