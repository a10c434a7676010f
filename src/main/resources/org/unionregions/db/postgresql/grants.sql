-- Privileges on the schema's objects, granted again after every migration (new tables get none by
-- themselves). Nobody but the owner may change the schema, the summary, meta or the change log.
REVOKE ALL ON SCHEMA union_regions FROM PUBLIC;
GRANT USAGE ON SCHEMA union_regions TO union_regions_viewer;
GRANT SELECT ON ALL TABLES IN SCHEMA union_regions TO union_regions_viewer;
-- What editors write (the registry's tables, saved views, decks) and append to (the change log and the
-- history) is granted by the app from its list of tables (store.SchemaTables), after this script.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA union_regions TO union_regions_editor;
REVOKE EXECUTE ON FUNCTION analyze_after_import() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION analyze_after_import() TO union_regions_editor;
