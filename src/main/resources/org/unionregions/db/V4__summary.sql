-- Version 4, second part: the summary with the level (no level: '') and the status of the facts, and
-- whether a figure covers only part of its year (a period other than "annual" is stated: "jan-may",
-- "h1", "ytd"): the matrix shows a pair's latest whole-year trade, never a part of a year as the year.
-- RegionPairSummary and MatrixRepository say "part of a year" in the same words.

CREATE TABLE region_pair_summary (
    by_region TEXT NOT NULL,
    ru_region TEXT NOT NULL,
    kind      TEXT NOT NULL,
    level     TEXT NOT NULL,  -- '' where no level is stated
    status    TEXT NOT NULL,
    partial   INTEGER NOT NULL, -- 1 where the fact covers part of its year
    year      INTEGER NOT NULL,
    unit      TEXT NOT NULL,
    facts     INTEGER NOT NULL,
    valued    INTEGER NOT NULL,
    total     REAL NOT NULL,
    PRIMARY KEY (kind, level, status, partial, year, unit, by_region, ru_region)
) WITHOUT ROWID;

CREATE TRIGGER region_fact_summary_insert AFTER INSERT ON region_fact
BEGIN
    INSERT INTO region_pair_summary (by_region, ru_region, kind, level, status, partial, year, unit, facts, valued, total)
    VALUES (NEW.by_region, NEW.ru_region, NEW.kind, coalesce(NEW.level, ''), NEW.status,
            coalesce(NEW.period, '') NOT IN ('', 'annual'), coalesce(NEW.year, 0), coalesce(NEW.unit, ''), 1, NEW.value IS NOT NULL, coalesce(NEW.value, 0))
    ON CONFLICT (kind, level, status, partial, year, unit, by_region, ru_region) DO UPDATE
        SET facts = facts + 1, valued = valued + excluded.valued, total = total + excluded.total;
END;

CREATE TRIGGER region_fact_summary_delete AFTER DELETE ON region_fact
BEGIN
    UPDATE region_pair_summary
       SET facts = facts - 1, valued = valued - (OLD.value IS NOT NULL), total = total - coalesce(OLD.value, 0)
     WHERE kind = OLD.kind AND level = coalesce(OLD.level, '') AND status = OLD.status
       AND partial = (coalesce(OLD.period, '') NOT IN ('', 'annual'))
       AND year = coalesce(OLD.year, 0) AND unit = coalesce(OLD.unit, '')
       AND by_region = OLD.by_region AND ru_region = OLD.ru_region;
    DELETE FROM region_pair_summary
     WHERE facts = 0 AND kind = OLD.kind AND level = coalesce(OLD.level, '') AND status = OLD.status
       AND partial = (coalesce(OLD.period, '') NOT IN ('', 'annual'))
       AND year = coalesce(OLD.year, 0) AND unit = coalesce(OLD.unit, '')
       AND by_region = OLD.by_region AND ru_region = OLD.ru_region;
END;

CREATE TRIGGER region_fact_summary_update AFTER UPDATE OF by_region, ru_region, kind, level, status, period, year, unit, value
    ON region_fact
BEGIN
    UPDATE region_pair_summary
       SET facts = facts - 1, valued = valued - (OLD.value IS NOT NULL), total = total - coalesce(OLD.value, 0)
     WHERE kind = OLD.kind AND level = coalesce(OLD.level, '') AND status = OLD.status
       AND partial = (coalesce(OLD.period, '') NOT IN ('', 'annual'))
       AND year = coalesce(OLD.year, 0) AND unit = coalesce(OLD.unit, '')
       AND by_region = OLD.by_region AND ru_region = OLD.ru_region;
    DELETE FROM region_pair_summary
     WHERE facts = 0 AND kind = OLD.kind AND level = coalesce(OLD.level, '') AND status = OLD.status
       AND partial = (coalesce(OLD.period, '') NOT IN ('', 'annual'))
       AND year = coalesce(OLD.year, 0) AND unit = coalesce(OLD.unit, '')
       AND by_region = OLD.by_region AND ru_region = OLD.ru_region;
    INSERT INTO region_pair_summary (by_region, ru_region, kind, level, status, partial, year, unit, facts, valued, total)
    VALUES (NEW.by_region, NEW.ru_region, NEW.kind, coalesce(NEW.level, ''), NEW.status,
            coalesce(NEW.period, '') NOT IN ('', 'annual'), coalesce(NEW.year, 0), coalesce(NEW.unit, ''), 1, NEW.value IS NOT NULL, coalesce(NEW.value, 0))
    ON CONFLICT (kind, level, status, partial, year, unit, by_region, ru_region) DO UPDATE
        SET facts = facts + 1, valued = valued + excluded.valued, total = total + excluded.total;
END;

INSERT INTO region_pair_summary (by_region, ru_region, kind, level, status, partial, year, unit, facts, valued, total)
SELECT by_region, ru_region, kind, coalesce(level, ''), status, coalesce(period, '') NOT IN ('', 'annual'), coalesce(year, 0),
       coalesce(unit, ''), count(*), count(value), coalesce(sum(value), 0)
  FROM region_fact
 GROUP BY by_region, ru_region, kind, coalesce(level, ''), status, coalesce(period, '') NOT IN ('', 'annual'), coalesce(year, 0),
          coalesce(unit, '');
