-- Union Regions schema, version 1. Every figure names its source; money keeps its own currency.

CREATE TABLE source (
    id        TEXT PRIMARY KEY,
    publisher TEXT NOT NULL,
    location  TEXT,
    note      TEXT
);

CREATE TABLE region (
    code    TEXT PRIMARY KEY,               -- ISO 3166-2, e.g. BY-MI, RU-SMO
    country TEXT NOT NULL CHECK (country IN ('BY', 'RU')),
    name_en TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_be TEXT,
    CHECK (substr(code, 1, 3) = country || '-')
);

CREATE TABLE edition (
    number       INTEGER PRIMARY KEY CHECK (number > 0),
    year         INTEGER NOT NULL UNIQUE,
    start_date   TEXT,                      -- ISO 8601 date
    end_date     TEXT,
    host_city    TEXT,
    host_region  TEXT REFERENCES region (code),
    host_country TEXT,
    format       TEXT,
    theme        TEXT,
    theme_source TEXT REFERENCES source (id)
);

CREATE TABLE edition_figure (
    id        INTEGER PRIMARY KEY,
    edition   INTEGER NOT NULL REFERENCES edition (number),
    metric    TEXT NOT NULL CHECK (metric IN ('agreements', 'contract_value', 'participants')),
    value     REAL CHECK (value IS NULL OR value >= 0),   -- NULL: the source gives no number
    unit      TEXT NOT NULL,                              -- count, people, or an ISO 4217 currency
    status    TEXT NOT NULL CHECK (status IN ('expected', 'reported')),
    qualifier TEXT NOT NULL DEFAULT '',
    as_stated TEXT,
    source    TEXT NOT NULL REFERENCES source (id)
);
CREATE INDEX edition_figure_by_edition ON edition_figure (edition, metric);

CREATE TABLE trade_figure (
    id        INTEGER PRIMARY KEY,
    year      INTEGER NOT NULL,
    value     REAL NOT NULL CHECK (value >= 0),
    currency  TEXT NOT NULL,
    basis     TEXT,
    qualifier TEXT NOT NULL DEFAULT '',
    as_stated TEXT,
    source    TEXT NOT NULL REFERENCES source (id)
);
CREATE INDEX trade_figure_by_year ON trade_figure (year);

-- One row per agreement or other fact about a Belarusian and a Russian region.
CREATE TABLE region_fact (
    id        INTEGER PRIMARY KEY,
    by_region TEXT NOT NULL REFERENCES region (code),
    ru_region TEXT NOT NULL REFERENCES region (code),
    year      INTEGER,
    edition   INTEGER REFERENCES edition (number),
    signed_on TEXT,
    kind      TEXT NOT NULL,
    title     TEXT,
    value     REAL CHECK (value IS NULL OR value >= 0),
    unit      TEXT,
    as_stated TEXT,
    source    TEXT NOT NULL REFERENCES source (id),
    CHECK (substr(by_region, 1, 3) = 'BY-' AND substr(ru_region, 1, 3) = 'RU-')
);
CREATE INDEX region_fact_pair ON region_fact (by_region, ru_region, year, kind);
CREATE INDEX region_fact_edition ON region_fact (edition);
