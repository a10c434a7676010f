-- Version 2: the region-pair matrix reads a summary kept by triggers, one row per pair, kind, year
-- and unit, so the matrix of a million facts aggregates a few thousand rows. Triggers run inside the
-- writing transaction: the summary can never disagree with the facts, even after a crash.
-- Undated facts are year 0 and facts without a unit have unit '' (NULLs would never match a key).

CREATE TABLE region_pair_summary (
    by_region TEXT NOT NULL,
    ru_region TEXT NOT NULL,
    kind      TEXT NOT NULL,
    year      INTEGER NOT NULL,
    unit      TEXT NOT NULL,
    facts     INTEGER NOT NULL,   -- facts of this kind, year and unit
    valued    INTEGER NOT NULL,   -- of them, facts with a value
    total     REAL NOT NULL,      -- sum of their values, in this unit
    PRIMARY KEY (kind, year, unit, by_region, ru_region)
) WITHOUT ROWID;

CREATE TRIGGER region_fact_summary_insert AFTER INSERT ON region_fact
BEGIN
    INSERT INTO region_pair_summary (by_region, ru_region, kind, year, unit, facts, valued, total)
    VALUES (NEW.by_region, NEW.ru_region, NEW.kind, coalesce(NEW.year, 0), coalesce(NEW.unit, ''), 1,
            NEW.value IS NOT NULL, coalesce(NEW.value, 0))
    ON CONFLICT (kind, year, unit, by_region, ru_region) DO UPDATE
        SET facts = facts + 1, valued = valued + excluded.valued, total = total + excluded.total;
END;

CREATE TRIGGER region_fact_summary_delete AFTER DELETE ON region_fact
BEGIN
    UPDATE region_pair_summary
       SET facts = facts - 1, valued = valued - (OLD.value IS NOT NULL), total = total - coalesce(OLD.value, 0)
     WHERE kind = OLD.kind AND year = coalesce(OLD.year, 0) AND unit = coalesce(OLD.unit, '')
       AND by_region = OLD.by_region AND ru_region = OLD.ru_region;
    DELETE FROM region_pair_summary
     WHERE facts = 0 AND kind = OLD.kind AND year = coalesce(OLD.year, 0) AND unit = coalesce(OLD.unit, '')
       AND by_region = OLD.by_region AND ru_region = OLD.ru_region;
END;

CREATE TRIGGER region_fact_summary_update AFTER UPDATE OF by_region, ru_region, kind, year, unit, value ON region_fact
BEGIN
    UPDATE region_pair_summary
       SET facts = facts - 1, valued = valued - (OLD.value IS NOT NULL), total = total - coalesce(OLD.value, 0)
     WHERE kind = OLD.kind AND year = coalesce(OLD.year, 0) AND unit = coalesce(OLD.unit, '')
       AND by_region = OLD.by_region AND ru_region = OLD.ru_region;
    DELETE FROM region_pair_summary
     WHERE facts = 0 AND kind = OLD.kind AND year = coalesce(OLD.year, 0) AND unit = coalesce(OLD.unit, '')
       AND by_region = OLD.by_region AND ru_region = OLD.ru_region;
    INSERT INTO region_pair_summary (by_region, ru_region, kind, year, unit, facts, valued, total)
    VALUES (NEW.by_region, NEW.ru_region, NEW.kind, coalesce(NEW.year, 0), coalesce(NEW.unit, ''), 1,
            NEW.value IS NOT NULL, coalesce(NEW.value, 0))
    ON CONFLICT (kind, year, unit, by_region, ru_region) DO UPDATE
        SET facts = facts + 1, valued = valued + excluded.valued, total = total + excluded.total;
END;

INSERT INTO region_pair_summary (by_region, ru_region, kind, year, unit, facts, valued, total)
SELECT by_region, ru_region, kind, coalesce(year, 0), coalesce(unit, ''), count(*), count(value),
       coalesce(sum(value), 0)
  FROM region_fact
 GROUP BY by_region, ru_region, kind, coalesce(year, 0), coalesce(unit, '');

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
