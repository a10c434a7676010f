-- The baseline of TeamBenchmark: what an expert does with psql to load an agreements CSV (English
-- region names, as ImportBenchmark writes it) into a team database of the same schema: \copy into a
-- staging table, then one INSERT ... SELECT mapping names to codes, in one transaction. The summary
-- follows through the schema's own statement-level triggers. No checks beyond the schema's own.
-- TeamBenchmark writes the file's path in place of :csv.
\set ON_ERROR_STOP on
\timing on
BEGIN;
CREATE TEMP TABLE staging (by_region text, ru_region text, year text, edition text, kind text, title text,
                           value text, unit text, as_stated text, source text);
\copy staging FROM :csv WITH (FORMAT csv, HEADER true)
INSERT INTO union_regions.region_fact (by_region, ru_region, year, edition, kind, title, value, unit, as_stated, source)
SELECT b.code, r.code, nullif(s.year, '')::integer, nullif(s.edition, '')::integer, s.kind, nullif(s.title, ''),
       nullif(s.value, '')::double precision, nullif(s.unit, ''), nullif(s.as_stated, ''), s.source
  FROM staging s JOIN union_regions.region b ON b.name_en = s.by_region
                 JOIN union_regions.region r ON r.name_en = s.ru_region;
COMMIT;
