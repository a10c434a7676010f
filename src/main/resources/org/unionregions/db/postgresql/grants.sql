-- Privileges on the schema's objects, granted again after every migration (new tables get none by
-- themselves). Nobody but the owner may change the schema, the summary, meta or the change log.
REVOKE ALL ON SCHEMA union_regions FROM PUBLIC;
GRANT USAGE ON SCHEMA union_regions TO union_regions_viewer;
GRANT SELECT ON ALL TABLES IN SCHEMA union_regions TO union_regions_viewer;
GRANT INSERT, UPDATE, DELETE ON source, region, edition, edition_figure, trade_figure, region_fact, saved_view, deck,
    deck_slide TO union_regions_editor;
GRANT INSERT ON change_log TO union_regions_editor;
GRANT INSERT ON row_history TO union_regions_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA union_regions TO union_regions_editor;
REVOKE EXECUTE ON FUNCTION analyze_after_import() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION analyze_after_import() TO union_regions_editor;
