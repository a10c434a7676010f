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
-- An administrator who is not a superuser (CREATEROLE, owning the database) becomes an owner, so the
-- schema can be created as the owner role; where the server does not allow that, setup then says
-- whom to ask.
DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
       AND NOT pg_has_role(session_user, 'union_regions_owner', 'MEMBER') THEN
        EXECUTE format('GRANT union_regions_owner TO %I', session_user);
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'cannot make % an owner: ask a superuser to GRANT union_regions_owner TO %', session_user, session_user;
END
$$;
