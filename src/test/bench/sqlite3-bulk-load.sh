#!/usr/bin/env bash
# The baseline of ImportBenchmark: what an expert does with the sqlite3 shell to load an agreements
# CSV (English region names, as ImportBenchmark writes it) into a Union Regions database of the same
# schema. One transaction, foreign keys on, the region_fact triggers and indexes set aside and
# recreated, the region-pair summary added by one GROUP BY. No checks beyond the schema's own.
# The columns come from the database and the file, not from this script: the CSV's header names the
# staging table's columns, region_fact's own columns decide which of them are copied, the summary's
# key columns are read from its unique index. It stops at the first error (.bail on) and checks after
# the load that every row arrived and that the summary equals a recount: a load that failed part-way
# exits 1 and says why, never a time for a ratio.
#
#   bash src/test/bench/sqlite3-bulk-load.sh DATABASE CSV
set -euo pipefail
db=$1
csv=$2
fail() { echo "sqlite3-bulk-load: $*" >&2; exit 1; }

# the SQL that recreates region_fact's indexes and triggers, read from the database itself
recreate=$(sqlite3 "$db" "SELECT sql || ';' FROM sqlite_master WHERE tbl_name = 'region_fact'
                           AND type IN ('index', 'trigger') AND sql IS NOT NULL")
drops=$(sqlite3 "$db" "SELECT 'DROP ' || upper(type) || ' ' || name || ';' FROM sqlite_master
                        WHERE tbl_name = 'region_fact' AND type IN ('index', 'trigger') AND sql IS NOT NULL")

# the file's columns (its header) and which of them region_fact has
header=$(head -1 "$csv" | tr -d '\r\357\273\277')
IFS=',' read -r -a file_columns <<< "$header"
table_columns=" $(sqlite3 "$db" "SELECT group_concat(name, ' ') FROM pragma_table_info('region_fact')") "
staging_columns=""
insert_columns=""
select_values=""
for column in "${file_columns[@]}"; do
    staging_columns+="${staging_columns:+, }\"$column\" TEXT"
    [[ "$table_columns" == *" $column "* ]] || continue
    insert_columns+="${insert_columns:+, }$column"
    case "$column" in
        by_region) value="b.code" ;;
        ru_region) value="r.code" ;;
        year|edition|valid_from|valid_to|document|carries_out) value="CAST(nullif(s.$column, '') AS INTEGER)" ;;
        value) value="CAST(nullif(s.value, '') AS REAL)" ;;
        kind|source) value="s.$column" ;;
        qualifier) value="coalesce(s.qualifier, '')" ;;
        status) value="coalesce(nullif(s.status, ''), 'reported')" ;;
        *) value="nullif(s.$column, '')" ;;
    esac
    select_values+="${select_values:+, }$value"
done
[[ "$insert_columns" == *by_region* && "$insert_columns" == *ru_region* ]] || fail "$csv has no by_region/ru_region columns"

# the summary: its key columns from its unique index, each with the expression its insert trigger uses
summary_key=$(sqlite3 "$db" "SELECT group_concat(name, ', ') FROM (SELECT ii.name FROM pragma_index_list('region_pair_summary') il
                              JOIN pragma_index_info(il.name) ii WHERE il.[unique] = 1
                              ORDER BY ii.seqno)")
[[ -n "$summary_key" ]] || fail "region_pair_summary has no unique key in $db"
key_values=""
for key in ${summary_key//,/ }; do
    case "$key" in
        level) expression="coalesce(level, '')" ;;
        partial) expression="coalesce(period, '') NOT IN ('', 'annual')" ;;
        year) expression="coalesce(year, 0)" ;;
        unit) expression="coalesce(unit, '')" ;;
        by_region|ru_region|kind|status) expression="$key" ;;
        *) fail "the summary's key column $key is new to this script: teach it its expression" ;;
    esac
    key_values+="${key_values:+, }$expression"
done
key_count=$(echo "$summary_key" | tr ',' '\n' | wc -l)
group_by=$(seq -s ', ' 1 "$key_count")

before=$(sqlite3 "$db" "SELECT count(*) FROM region_fact")
rows=$(( $(wc -l < "$csv") - 1 ))

sqlite3 "$db" <<SQL
.bail on
PRAGMA foreign_keys = ON;
PRAGMA synchronous = FULL;
PRAGMA cache_size = -65536;
PRAGMA temp_store = FILE;
CREATE TEMP TABLE staging ($staging_columns);
.import --csv --skip 1 '$csv' staging
BEGIN IMMEDIATE;
$drops
CREATE TEMP TABLE last AS SELECT coalesce(max(id), 0) AS id FROM region_fact;
INSERT INTO region_fact ($insert_columns)
SELECT $select_values
  FROM staging s JOIN region b ON b.name_en = s.by_region JOIN region r ON r.name_en = s.ru_region
 ORDER BY s.rowid;
INSERT INTO region_pair_summary ($summary_key, facts, valued, total)
SELECT $key_values, count(*), count(value), coalesce(sum(value), 0)
  FROM region_fact WHERE id > (SELECT id FROM last) AND document IS NULL GROUP BY $group_by
    ON CONFLICT ($summary_key) DO UPDATE SET facts = facts + excluded.facts,
       valued = valued + excluded.valued, total = total + excluded.total;
$recreate
COMMIT;
SQL

after=$(sqlite3 "$db" "SELECT count(*) FROM region_fact")
(( after - before == rows )) || fail "loaded $(( after - before )) of the $rows rows of $csv"
summed=$(sqlite3 "$db" "SELECT coalesce(sum(facts), 0) FROM region_pair_summary")
counted=$(sqlite3 "$db" "SELECT count(*) FROM region_fact WHERE document IS NULL")
(( summed == counted )) || fail "the summary counts $summed facts, region_fact holds $counted first statements"
