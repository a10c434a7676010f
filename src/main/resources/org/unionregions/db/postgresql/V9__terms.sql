-- Version 9, as SQLite's V9__terms.sql: carries_out, the statement of the agreement a roadmap, action
-- plan or programme carries out, as a person chose it (NULL: none chosen).

ALTER TABLE region_fact ADD COLUMN carries_out integer;
