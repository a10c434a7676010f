-- The three roles of a team database, with least privilege. Run by "setup" as a superuser or a role
-- with CREATEROLE; people are then made members: GRANT union_regions_editor TO anna;
--   viewer: reads everything;
--   editor: a viewer who also writes facts, sources, saved views and decks, and adds to the change
--           log (never changes or deletes an entry of it);
--   owner:  owns the schema and migrates it.
-- Role names are the same in every database of the server; the grants are per database.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'union_regions_viewer') THEN
        CREATE ROLE union_regions_viewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'union_regions_editor') THEN
        CREATE ROLE union_regions_editor NOLOGIN IN ROLE union_regions_viewer;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'union_regions_owner') THEN
        CREATE ROLE union_regions_owner NOLOGIN IN ROLE union_regions_editor;
    END IF;
END
$$;
