#!/usr/bin/env bash
# The baseline of ImportBenchmark: what an expert does with the sqlite3 shell to load an agreements
# CSV (English region names, as ImportBenchmark writes it) into a Union Regions database of the same
# schema. One transaction, foreign keys on, the region_fact triggers and indexes set aside and
# recreated, the region-pair summary added by one GROUP BY. No checks beyond the schema's own.
#
#   bash src/test/bench/sqlite3-bulk-load.sh DATABASE CSV
set -euo pipefail
db=$1
csv=$2
# the SQL that recreates region_fact's indexes and triggers, read from the database itself
recreate=$(sqlite3 "$db" "SELECT sql || ';' FROM sqlite_master WHERE tbl_name = 'region_fact'
                           AND type IN ('index', 'trigger') AND sql IS NOT NULL")
drops=$(sqlite3 "$db" "SELECT 'DROP ' || upper(type) || ' ' || name || ';' FROM sqlite_master
                        WHERE tbl_name = 'region_fact' AND type IN ('index', 'trigger') AND sql IS NOT NULL")
sqlite3 "$db" <<SQL
PRAGMA foreign_keys = ON;
PRAGMA synchronous = FULL;
PRAGMA cache_size = -65536;
PRAGMA temp_store = FILE;
CREATE TEMP TABLE staging (by_region TEXT, ru_region TEXT, year TEXT, edition TEXT, kind TEXT, title TEXT,
                           value TEXT, unit TEXT, as_stated TEXT, source TEXT);
.import --csv --skip 1 '$csv' staging
BEGIN IMMEDIATE;
$drops
CREATE TEMP TABLE last AS SELECT coalesce(max(id), 0) AS id FROM region_fact;
INSERT INTO region_fact (by_region, ru_region, year, edition, kind, title, value, unit, as_stated, source)
SELECT b.code, r.code, CAST(nullif(s.year, '') AS INTEGER), CAST(nullif(s.edition, '') AS INTEGER), s.kind,
       nullif(s.title, ''), CAST(nullif(s.value, '') AS REAL), nullif(s.unit, ''), nullif(s.as_stated, ''), s.source
  FROM staging s JOIN region b ON b.name_en = s.by_region JOIN region r ON r.name_en = s.ru_region
 ORDER BY s.rowid;
INSERT INTO region_pair_summary (by_region, ru_region, kind, year, unit, facts, valued, total)
SELECT by_region, ru_region, kind, coalesce(year, 0), coalesce(unit, ''), count(*), count(value),
       coalesce(sum(value), 0)
  FROM region_fact WHERE id > (SELECT id FROM last) GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (kind, year, unit, by_region, ru_region) DO UPDATE SET facts = facts + excluded.facts,
       valued = valued + excluded.valued, total = total + excluded.total;
$recreate
COMMIT;
SQL
