-- Version 8: documents, not statements. A row of region_fact is a statement (what one source says);
-- the statements of one signing are one document. document: NULL where the statement is its
-- document's first (or is no document at all: a partner listing, a trade figure), else the id of
-- that first statement. Counts of documents count the rows whose document is NULL: the summary
-- holds only those rows. valid_from / valid_to: the years of a term the source states (NULL: not
-- stated). A trade figure may cover part of a year (period); the regions' own stated totals.

ALTER TABLE region_fact ADD COLUMN document INTEGER REFERENCES region_fact (id);
ALTER TABLE region_fact ADD COLUMN valid_from INTEGER;
ALTER TABLE region_fact ADD COLUMN valid_to INTEGER;
CREATE INDEX region_fact_document ON region_fact (document) WHERE document IS NOT NULL;

ALTER TABLE trade_figure ADD COLUMN period TEXT;

CREATE TABLE region_total (
    id        INTEGER PRIMARY KEY,
    region    TEXT NOT NULL REFERENCES region (code),
    year      INTEGER,
    measure   TEXT NOT NULL CHECK (measure IN ('partner_regions', 'agreements_with_russia',
                                               'documents_with_russia', 'twin_cities_in_russia')),
    value     REAL NOT NULL CHECK (value >= 0),
    level     TEXT,
    as_stated TEXT,
    source    TEXT NOT NULL REFERENCES source (id),
    version   INTEGER NOT NULL DEFAULT 1
);

DROP TRIGGER region_fact_summary_insert;
DROP TRIGGER region_fact_summary_delete;
DROP TRIGGER region_fact_summary_update;

CREATE TRIGGER region_fact_summary_insert AFTER INSERT ON region_fact WHEN NEW.document IS NULL
BEGIN
    INSERT INTO region_pair_summary (by_region, ru_region, kind, level, status, partial, year, unit, facts, valued, total)
    VALUES (NEW.by_region, NEW.ru_region, NEW.kind, coalesce(NEW.level, ''), NEW.status,
            coalesce(NEW.period, '') NOT IN ('', 'annual'), coalesce(NEW.year, 0), coalesce(NEW.unit, ''), 1, NEW.value IS NOT NULL, coalesce(NEW.value, 0))
    ON CONFLICT (kind, level, status, partial, year, unit, by_region, ru_region) DO UPDATE
        SET facts = facts + 1, valued = valued + excluded.valued, total = total + excluded.total;
END;

CREATE TRIGGER region_fact_summary_delete AFTER DELETE ON region_fact WHEN OLD.document IS NULL
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

CREATE TRIGGER region_fact_summary_update AFTER UPDATE OF by_region, ru_region, kind, level, status, period, year, unit, value, document
    ON region_fact
BEGIN
    UPDATE region_pair_summary
       SET facts = facts - 1, valued = valued - (OLD.value IS NOT NULL), total = total - coalesce(OLD.value, 0)
     WHERE OLD.document IS NULL AND kind = OLD.kind AND level = coalesce(OLD.level, '') AND status = OLD.status
       AND partial = (coalesce(OLD.period, '') NOT IN ('', 'annual'))
       AND year = coalesce(OLD.year, 0) AND unit = coalesce(OLD.unit, '')
       AND by_region = OLD.by_region AND ru_region = OLD.ru_region;
    DELETE FROM region_pair_summary
     WHERE facts = 0 AND kind = OLD.kind AND level = coalesce(OLD.level, '') AND status = OLD.status
       AND partial = (coalesce(OLD.period, '') NOT IN ('', 'annual'))
       AND year = coalesce(OLD.year, 0) AND unit = coalesce(OLD.unit, '')
       AND by_region = OLD.by_region AND ru_region = OLD.ru_region;
    INSERT INTO region_pair_summary (by_region, ru_region, kind, level, status, partial, year, unit, facts, valued, total)
    SELECT NEW.by_region, NEW.ru_region, NEW.kind, coalesce(NEW.level, ''), NEW.status,
           coalesce(NEW.period, '') NOT IN ('', 'annual'), coalesce(NEW.year, 0), coalesce(NEW.unit, ''), 1, NEW.value IS NOT NULL, coalesce(NEW.value, 0)
     WHERE NEW.document IS NULL
    ON CONFLICT (kind, level, status, partial, year, unit, by_region, ru_region) DO UPDATE
        SET facts = facts + 1, valued = valued + excluded.valued, total = total + excluded.total;
END;
