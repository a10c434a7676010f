package org.unionregions.store;

/** What a person may do with a database: on a team database, the server's role; on a file, the file's permission. */
public enum Role {
    /** No role on this database: the server lets the user connect, but not read the registry. */
    NONE,
    /** Reads. */
    VIEWER,
    /** Reads and writes facts, sources, views and decks. */
    EDITOR,
    /** Also owns the schema and migrates it. */
    OWNER;

    public boolean mayEdit() {
        return this == EDITOR || this == OWNER;
    }

    /** The server role that grants this one. */
    public String serverRole() {
        return "union_regions_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
