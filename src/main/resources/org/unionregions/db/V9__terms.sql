-- Version 9: the life of an agreement. carries_out: for a roadmap, action plan or programme, the id of
-- a statement of the agreement it carries out, as a person chose it (NULL: none chosen; a rule in the
-- app may match one). No foreign key: deleting the agreement leaves the plan untied, not refused.
-- The terms the earlier collections' quotes state are filled in by the app (terms-read.csv).

ALTER TABLE region_fact ADD COLUMN carries_out INTEGER;
